using System;
using System.Text;
using Dossier.CentralAsiaChina.Data;
using Dossier.Explorer;
using Dossier.Explorer.Sections;
using Spectre.Console;

// The data holds curly quotes and dashes; without UTF-8 some consoles (Windows) would mangle them.
Console.OutputEncoding = Encoding.UTF8;

// Redirected output has no terminal width and Spectre falls back to 80 columns, which wraps every
// table. A fixed width keeps the rows readable and makes redirected output the same everywhere.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 140;
}

var article = Dataset.Articles.Get("almaty-2025");
AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(article.Title)}[/]").LeftJustified());
AnsiConsole.Write(Cells.Dim($"{article.Dateline} · {article.Subtitle} · {Describe.Source(article.Source)}"));
AnsiConsole.WriteLine();
AnsiConsole.WriteLine();

TimelineSection.Write(AnsiConsole.Console);
OfficialsSection.Write(AnsiConsole.Console);
MeetingsSection.Write(AnsiConsole.Console);
PositionsSection.Write(AnsiConsole.Console);
AgreementsSection.Write(AnsiConsole.Console);
QuotesSection.Write(AnsiConsole.Console);
TradeFiguresSection.Write(AnsiConsole.Console);
