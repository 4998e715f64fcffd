namespace Kennisplatform.Network.Model;

/// <summary>A new question, exactly as typed.</summary>
public sealed record QuestionForm(string Title, string Body, IReadOnlyList<string> Themes, IReadOnlyList<string> Regions)
{
    /// <summary>Checks the input against the taxonomy and the size limits.</summary>
    public FieldErrors Validate(Taxonomy taxonomy) => new FieldErrors()
        .Text("titel", Title, "uw vraag", 200)
        .Text("toelichting", Body, "een toelichting", 4000, required: false)
        .Choices("themas", Themes, taxonomy.Themes, "thema", required: true)
        .Choices("regios", Regions, taxonomy.Regions, "regio", required: false);
}

/// <summary>An answer or a message, exactly as typed.</summary>
public sealed record TextForm(string Body)
{
    /// <summary>Checks that there is text and that it is not too long.</summary>
    public FieldErrors Validate(string label = "uw antwoord", int max = 4000) => new FieldErrors().Text("tekst", Body, label, max);
}
