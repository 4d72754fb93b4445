using ApprovalTests.Reporters;
using ApprovalTests.Reporters.TestFrameworks;

// Without a reporter ApprovalTests fails every test with a welcome message; this one fails
// with xunit's string diff, which is what CI and a terminal can show.
[assembly: UseReporter(typeof(XUnit2Reporter))]
