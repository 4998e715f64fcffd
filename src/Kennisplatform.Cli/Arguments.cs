namespace Kennisplatform.Cli;

/// <summary>The verb, positional values and <c>--name value</c> options of a command line.</summary>
public sealed record Arguments(string Verb, IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string?> Options)
{
    /// <summary>Options that take no value.</summary>
    private static readonly HashSet<string> Flags = ["watch", "help"];

    /// <summary>Parses <c>verb [values] [--name value | --flag]</c>.</summary>
    public static Arguments Parse(string[] args)
    {
        var verb = args.Length > 0 ? args[0] : "help";
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
                continue;
            }
            var name = args[i][2..];
            var eq = name.IndexOf('=');
            if (eq >= 0) options[name[..eq]] = name[(eq + 1)..];
            else if (Flags.Contains(name) || i + 1 >= args.Length) options[name] = null;
            else options[name] = args[++i];
        }
        return new Arguments(verb, positional, options);
    }

    /// <summary>An option's value or a default.</summary>
    public string Get(string name, string fallback) => Options.TryGetValue(name, out var v) && v is not null ? v : fallback;

    /// <summary>True when an option or flag was given.</summary>
    public bool Has(string name) => Options.ContainsKey(name);
}
