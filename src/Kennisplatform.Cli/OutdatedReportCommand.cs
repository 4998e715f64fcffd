using System.CommandLine;
using Kennisplatform.Content;

namespace Kennisplatform.Cli;

/// <summary>
/// <c>kennisplatform rapport verouderd [--content DIR] [--eigenaar NAAM]</c>: the pages kept current, by review age, per
/// owner (<see cref="ReviewReport"/>), in Dutch for the editors.
/// </summary>
public static class OutdatedReportCommand
{
    /// <summary>The <c>verouderd</c> report.</summary>
    public static Command Create(DateOnly today)
    {
        var content = CommonOptions.Content();
        var owner = new Option<string>("--eigenaar") { Description = "only the pages of this owner", HelpName = "NAAM", DefaultValueFactory = _ => "" };
        var command = new Command("verouderd", "pages by review age, per owner (eigenaar); reviews older than 12 months first") { content, owner };
        command.SetAction(parsed => Run(parsed.GetValue(content)!, parsed.GetValue(owner)!, today));
        return command;
    }

    /// <summary>Prints the report; exit code 1 when the content folder cannot be read, 0 otherwise.</summary>
    public static int Run(string folder, string owner, DateOnly today)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"rapport verouderd: no content folder '{folder}'");
            return 1;
        }
        var documents = ContentLoader.Load(folder).Documents;
        var groups = ReviewReport.Create(documents, today)
            .Where(g => owner.Length == 0 || string.Equals(g.Owner, owner.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        Console.WriteLine($"Controle van pagina's per eigenaar, peildatum {today:yyyy-MM-dd}; een controle is verouderd na {Freshness.MaxAgeMonths} maanden.");
        if (groups.Count == 0) Console.WriteLine(owner.Length > 0 ? $"Geen pagina's met eigenaar '{owner}'." : "Geen pagina's.");
        foreach (var group in groups)
        {
            var overdue = group.Pages.Count(p => p.Overdue);
            var never = group.Pages.Count(p => p.Reviewed is null);
            Console.WriteLine();
            Console.WriteLine($"{group.Owner ?? "Zonder eigenaar"}: {Count(group.Pages.Count, "pagina", "pagina's")}, {overdue} verouderd, {never} nooit gecontroleerd");
            foreach (var line in group.Pages) Console.WriteLine("  " + Describe(line, folder));
        }
        return 0;
    }

    private static string Describe(ReviewReportLine line, string folder)
    {
        var state = line.Overdue ? "VEROUDERD" : line.Reviewed is null ? "nooit gecontroleerd" : "gecontroleerd";
        var when = line.Reviewed is { } r ? $"gecontroleerd {r.ToIso()}" : $"bijgewerkt {line.LastUpdate?.ToIso() ?? "onbekend"}";
        var path = Path.Combine(folder, line.Page.SourcePath).Replace('\\', '/');
        return $"{state,-19}  {when,-24} {line.Months,3} mnd  {path}  {line.Page.Title}";
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
