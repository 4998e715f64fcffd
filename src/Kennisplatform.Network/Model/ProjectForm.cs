using System.Globalization;

namespace Kennisplatform.Network.Model;

/// <summary>What a professional fills in to register or update a project, exactly as typed.</summary>
public sealed record ProjectForm(
    string Title,
    string Goal,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Regions,
    string Partners,
    string Phase,
    string StartDate,
    string? PracticeUrl,
    int Version)
{
    /// <summary>The form of an existing project.</summary>
    public static ProjectForm From(Project p) =>
        new(p.Title, p.Goal, p.Themes, p.Regions, string.Join(", ", p.Partners), p.Phase, p.StartDate, p.PracticeUrl, p.Version);

    /// <summary>The partner organisations, one per comma.</summary>
    public IReadOnlyList<string> PartnerList => Partners.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Checks the input against the taxonomy and the size limits.</summary>
    public FieldErrors Validate(Taxonomy taxonomy)
    {
        var errors = new FieldErrors()
            .Text("titel", Title, "een titel", 160)
            .Text("doel", Goal, "het doel", 4000)
            .Choices("themas", Themes, taxonomy.Themes, "thema", required: true)
            .Choices("regios", Regions, taxonomy.Regions, "regio", required: true)
            .Text("partners", Partners, "de partnerorganisaties", 1000, required: false)
            .Text("praktijk", PracticeUrl, "de praktijkpagina", 300, required: false);
        if (PartnerList.Count > 20) errors.Add("partners", "Noem ten hoogste 20 organisaties.");
        if (!ProjectPhase.All.Any(p => p.Key == Phase)) errors.Add("fase", "Kies een fase.");
        if (!DateOnly.TryParseExact(StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add("start", "Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-03-01.");
        }
        if (!string.IsNullOrWhiteSpace(PracticeUrl) && !(PracticeUrl.StartsWith('/') && !PracticeUrl.StartsWith("//", StringComparison.Ordinal)))
        {
            errors.Add("praktijk", "Geef het pad van een pagina op deze site, beginnend met /.");
        }
        return errors;
    }
}
