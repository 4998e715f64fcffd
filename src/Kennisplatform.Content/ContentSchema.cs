using static Kennisplatform.Content.FieldKind;
using static Kennisplatform.Content.FieldRule;
using Kennisplatform.Contracts;

namespace Kennisplatform.Content;

/// <summary>
/// The fields each document type has, and which of them its page lists under what label, in that order: the fields
/// every type has, one field per taxonomy in the table, then the type's own; docs/content-model.md describes the same
/// rules for editors.
/// </summary>
public static class ContentSchema
{
    /// <summary>The fields of a type with the taxonomies of the table, common fields first.</summary>
    public static IReadOnlyList<FieldRule> For(DocumentType type, IReadOnlyList<Taxonomy> taxonomies) =>
        Common(type, taxonomies).Concat(Specific(type)).ToList();

    private static IEnumerable<FieldRule> Common(DocumentType type, IReadOnlyList<Taxonomy> taxonomies)
    {
        yield return Req("title", Text);
        yield return Req("summary", Text);
        // News is dated to the day: it is read and sorted as a timeline.
        yield return Req("date", type == DocumentType.Nieuws ? Day : Date);
        foreach (var taxonomy in taxonomies)
        {
            yield return Terms(taxonomy.Key, taxonomy.Key, taxonomy.RequiredOn.Contains(type.Key())).Shown(taxonomy.PluralLabel);
        }
        // Term pages other than themes and regions are reference pages of the table's own making: no sources asked.
        yield return new FieldRule("sources", PublicationList, type is not (DocumentType.Pagina or DocumentType.Nieuws or DocumentType.Term));
        yield return Opt("aliases", PathList);
        yield return Opt("toegang", Choice, "openbaar", "besloten");
        // Guides promise a checked text, so they must say when; any other page may.
        yield return new FieldRule(Freshness.ReviewField, Date, type == DocumentType.Handreiking);
        yield return Opt(Freshness.OwnerField, Text);
        yield return Opt(ChangeNotes.Field, FieldKind.ChangeNotes);
    }

    private static IEnumerable<FieldRule> Specific(DocumentType type) => type switch
    {
        DocumentType.Praktijkvoorbeeld =>
        [
            Req("place", Text).Shown("Plaats"), Req("partners", TextList).Shown("Partners"), Req("period", Text).Shown("Periode"),
            Req("status", Choice, "lopend", "afgerond", "onbekend").Shown("Status"), Opt("status_date", Date), Req("contact", Text).Shown("Contact (organisatie)"),
        ],
        DocumentType.Handreiking =>
        [
            Req("audience", TextList).Shown("Voor wie"), Req("publisher", Text).Shown("Uitgever"), Req("version", Text).Shown("Versie"),
        ],
        DocumentType.Kenniskring =>
        [
            Req("organisers", TextList).Shown("Organisatie"), Opt("participants", TextList).Shown("Deelnemers"),
            Req("status", Choice, "actief", "afgerond", "onbekend").Shown("Status"),
            Opt("status_date", Date),
        ],
        DocumentType.Bijeenkomst or DocumentType.Webinar =>
        [
            Req("format", Choice, "fysiek", "online", "hybride", "onbekend").Shown("Vorm"), Opt("location", Text).Shown("Locatie"),
            Req("organisations", TextList).Shown("Organisaties"), Req("takeaways", TextList),
        ],
        DocumentType.Publicatie =>
        [
            Req("authors", TextList).Shown("Auteurs"), Req("publisher", Text).Shown("Uitgever"),
            Req("kind", Choice, "rapport", "kamerbrief", "essay", "advies", "beleidsplan", "onderzoek", "overig").Shown("Soort"),
        ],
        DocumentType.Nieuws => [Opt("bron", PublicationOrUrl)],
        DocumentType.Thema => [Terms("related", "themes", required: false).Shown("Verwante thema's")],
        DocumentType.Regio => [Req("area", Text).Shown("Werkgebied"), Req("riec", FieldKind.Boolean), Opt("contact", Text).Shown("Contactorganisatie")],
        DocumentType.Begrip => [Opt("full", Text).Shown("Voluit"), Opt("synonyms", TextList).Shown("Ook bekend als")],
        _ => [],
    };
}
