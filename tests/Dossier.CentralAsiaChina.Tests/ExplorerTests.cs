using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Dossier.Explorer.Sections;
using Spectre.Console;
using Dossier.CentralAsiaChina.Data;
using Spectre.Console.Rendering;

namespace Dossier.CentralAsiaChina.Tests;

/// <summary>
/// The Explorer's timeline and chart, rendered as redirected output is (no colours, no terminal),
/// and the Explorer itself run with its output redirected.
/// </summary>
public class ExplorerTests
{
    private const string Escape = "\u001b";

    private static string Render(IRenderable renderable)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 140;
        console.Write(renderable);
        return writer.ToString();
    }

    private static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd()).ToArray();

    [Fact]
    public void Timeline_dates_the_two_held_meetings_and_marks_the_leaders_meeting_announced_without_a_date()
    {
        var lines = Lines(Render(TimelineSection.Build()));

        var dialogue = Array.FindIndex(lines, l => l.StartsWith("25 April 2025", StringComparison.Ordinal));
        var sixth = Array.FindIndex(lines, l => l.StartsWith("26 April 2025", StringComparison.Ordinal));
        var leaders = Array.FindIndex(lines, l => l.StartsWith("no date", StringComparison.Ordinal));

        Assert.True(dialogue >= 0 && dialogue < sixth && sixth < leaders, string.Join('\n', lines));
        Assert.Equal("25 April 2025 " + TimelineSection.HeldMark + " Kazakhstan-China Strategic Dialogue, Almaty · held", lines[dialogue]);
        Assert.Equal("26 April 2025 " + TimelineSection.HeldMark + " Sixth meeting of foreign ministers in the Central Asia–China format, Almaty · held", lines[sixth]);
        Assert.Equal("no date       " + TimelineSection.AnnouncedMark + " Upcoming meeting of leaders · announced, date not given", lines[leaders]);

        // Provenance: under each point, its data file and line.
        Assert.EndsWith("data/meetings/kazakhstan-china-strategic-dialogue.md:1", lines[dialogue + 1], StringComparison.Ordinal);
        Assert.EndsWith("data/meetings/sixth-foreign-ministers-meeting.md:1", lines[sixth + 1], StringComparison.Ordinal);
        Assert.EndsWith("data/meetings/leaders-meeting.md:1", lines[leaders + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_draws_the_2024_trade_and_the_projects_value_to_scale()
    {
        var lines = Lines(Render(TradeFiguresSection.Chart()));

        var trade = Assert.Single(lines, l => l.Contains("Bilateral trade between Kazakhstan and China, 2024: $43.8 billion", StringComparison.Ordinal));
        var projects = Assert.Single(lines, l => l.Contains("224 projects: approximately $66.4 billion", StringComparison.Ordinal));

        // Bars proportional to the amounts: 43.8 / 66.4 of the longest, give or take a cell.
        var tradeBar = trade.Count(c => c == '█');
        var projectsBar = projects.Count(c => c == '█');
        Assert.InRange(tradeBar, (int)(projectsBar * 43.8 / 66.4) - 1, (int)(projectsBar * 43.8 / 66.4) + 1);
    }

    [Fact]
    public void Chart_draws_no_aim()
    {
        // An aim has no amount of its own; a bar for it would show a figure the article does not give.
        Assert.Equal(Dataset.TradeFigures.Count, Lines(Render(TradeFiguresSection.Chart())).Count(l => l.Contains('█', StringComparison.Ordinal)));
    }

    [Fact]
    public void Explorer_output_redirected_is_plain_text_with_the_timeline_chart_and_sources()
    {
        var explorer = Path.Combine(AppContext.BaseDirectory, "Dossier.Explorer.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [explorer])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, errors);
        Assert.DoesNotContain(Escape, output, StringComparison.Ordinal);
        var lines = Lines(output);
        Assert.All(lines, l => Assert.True(l.Length <= 140, l));
        foreach (var section in new[] { "Timeline of meetings", "Positions", "Trade figures, in US dollars" })
        {
            Assert.Contains(lines, l => l.StartsWith("── " + section + " ", StringComparison.Ordinal));
        }

        Assert.Contains(lines, l => l.StartsWith("no date", StringComparison.Ordinal) && l.Contains("announced, date not given", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("224 projects: approximately $66.4 billion", StringComparison.Ordinal) && l.EndsWith('█'));
        Assert.Contains(lines, l => l.Contains("data/positions.json:2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("data/trade-aims.json:2", StringComparison.Ordinal));

        // A YAML sequence's records by the lines their items start on (the cell's padding tells :1 from :13).
        Assert.Contains(lines, l => l.Contains("│ data/quotes.yaml:1 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("│ data/quotes.yaml:13 ", StringComparison.Ordinal));
    }
}
