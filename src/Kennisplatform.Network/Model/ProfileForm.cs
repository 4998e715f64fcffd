using System.Text.RegularExpressions;

namespace Kennisplatform.Network.Model;

/// <summary>What a professional fills in on their profile, exactly as typed.</summary>
public sealed partial record ProfileForm(
    string Function,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Regions,
    string Expertise,
    string CurrentWork,
    string? Email,
    bool ShowEmail,
    string? Phone,
    int Version)
{
    /// <summary>The form of an existing profile.</summary>
    public static ProfileForm From(Profile p) =>
        new(p.Function, p.Themes, p.Regions, p.Expertise, p.CurrentWork, p.Email, p.ShowEmail, p.Phone, p.Version);

    /// <summary>An empty form for a new profile, with the e-mail address sign-in knows.</summary>
    public static ProfileForm New(Member member) => new("", [], [], "", "", member.Email, false, null, 0);

    /// <summary>Checks the input against the taxonomy and the size limits.</summary>
    public FieldErrors Validate(Taxonomy taxonomy)
    {
        var errors = new FieldErrors()
            .Text("functie", Function, "uw functie", 120)
            .Choices("themas", Themes, taxonomy.Themes, "thema", required: true)
            .Choices("regios", Regions, taxonomy.Regions, "regio", required: true)
            .Text("expertise", Expertise, "uw expertise", 4000)
            .Text("werk", CurrentWork, "waar u nu aan werkt", 2000, required: false)
            .Text("email", Email, "uw e-mailadres", 200, required: false)
            .Text("telefoon", Phone, "uw telefoonnummer", 40, required: false);
        if (!string.IsNullOrWhiteSpace(Email) && !EmailPattern().IsMatch(Email.Trim())) errors.Add("email", "Dit is geen geldig e-mailadres.");
        if (ShowEmail && string.IsNullOrWhiteSpace(Email)) errors.Add("email", "Vul een e-mailadres in om het te tonen.");
        if (!string.IsNullOrWhiteSpace(Phone) && !PhonePattern().IsMatch(Phone.Trim())) errors.Add("telefoon", "Gebruik alleen cijfers, spaties, + en -.");
        return errors;
    }

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 \-]{6,20}$")]
    private static partial Regex PhonePattern();
}
