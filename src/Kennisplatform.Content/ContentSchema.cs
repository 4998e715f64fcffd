using static Kennisplatform.Content.FieldKind;
using static Kennisplatform.Content.FieldRule;

namespace Kennisplatform.Content;

/// <summary>The fields each document type has; docs/content-model.md describes the same rules for editors.</summary>
public static class ContentSchema
{
    /// <summary>The fields of a type, common fields first.</summary>
    public static IReadOnlyList<FieldRule> For(DocumentType type) => Common(type).Concat(Specific(type)).ToList();

    private static IEnumerable<FieldRule> Common(DocumentType type)
    {
        var themesRequired = type is not (DocumentType.Thema or DocumentType.Regio or DocumentType.Begrip or DocumentType.Pagina);
        var regionsRequired = type is DocumentType.Praktijkvoorbeeld or DocumentType.Professional;
        yield return Req("title", Text);
        yield return Req("summary", Text);
        yield return Req("date", Date);
        yield return new FieldRule("themes", ThemeList, themesRequired);
        yield return new FieldRule("regions", RegionList, regionsRequired);
        yield return new FieldRule("sources", PublicationList, type is not (DocumentType.Pagina or DocumentType.Professional));
        yield return Opt("aliases", PathList);
        yield return Opt("toegang", Choice, "openbaar", "besloten");
    }

    private static IEnumerable<FieldRule> Specific(DocumentType type) => type switch
    {
        DocumentType.Praktijkvoorbeeld =>
        [
            Req("place", Text), Req("partners", TextList), Req("period", Text),
            Req("status", Choice, "lopend", "afgerond", "onbekend"), Opt("status_date", Date), Req("contact", Text),
        ],
        DocumentType.Handreiking =>
        [
            Req("audience", TextList), Req("publisher", Text), Req("version", Text), Req("last_reviewed", Date),
        ],
        DocumentType.Kenniskring =>
        [
            Req("organisers", TextList), Opt("participants", TextList), Req("status", Choice, "actief", "afgerond", "onbekend"),
            Opt("status_date", Date),
        ],
        DocumentType.Bijeenkomst or DocumentType.Webinar =>
        [
            Req("format", Choice, "fysiek", "online", "hybride", "onbekend"), Opt("location", Text),
            Req("organisations", TextList), Req("takeaways", TextList),
        ],
        DocumentType.Publicatie =>
        [
            Req("authors", TextList), Req("publisher", Text),
            Req("kind", Choice, "rapport", "kamerbrief", "essay", "advies", "beleidsplan", "onderzoek", "overig"),
        ],
        DocumentType.Thema => [Opt("related", ThemeList)],
        DocumentType.Regio => [Req("area", Text), Req("riec", FieldKind.Boolean)],
        DocumentType.Begrip => [Opt("full", Text), Opt("synonyms", TextList)],
        DocumentType.Professional =>
        [
            Req("organisation", Text), Req("role", Text), Opt("email", Text), Opt("phone", Text),
        ],
        _ => [],
    };
}
