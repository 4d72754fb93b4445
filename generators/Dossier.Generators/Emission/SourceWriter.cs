using System;
using System.Text;

namespace Dossier.Generators.Emission;

/// <summary>
/// An indented text writer for generated C#. Lines always end with '\n', whatever the host OS,
/// so that the output is byte-identical everywhere.
/// </summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _builder = new();
    private int _indent;

    public int Length => _builder.Length;

    public SourceWriter WriteLine(string line)
    {
        if (line.Length > 0)
        {
            _builder.Append(' ', _indent * IndentSize);
            _builder.Append(line);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter WriteLine() => WriteLine(string.Empty);

    /// <summary>Writes a block of fixed text, each line at the current indentation.</summary>
    public SourceWriter WriteLines(string text)
    {
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            WriteLine(line);
        }

        return this;
    }

    public SourceWriter OpenBlock(string? line = null)
    {
        if (line is not null)
        {
            WriteLine(line);
        }

        WriteLine("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        _indent--;
        if (_indent < 0)
        {
            throw new InvalidOperationException("Unbalanced block.");
        }

        return WriteLine("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
