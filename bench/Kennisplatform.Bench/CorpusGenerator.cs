using System.Globalization;
using System.Text;
using Kennisplatform.Content;
using Kennisplatform.Testing;

namespace Kennisplatform.Bench;

/// <summary>What <see cref="CorpusGenerator"/> wrote: documents per type, how many are closed (besloten), and the size on disk.</summary>
public sealed record CorpusSummary(int Documents, IReadOnlyDictionary<string, int> PerType, int Restricted, long Bytes)
{
    /// <summary>
    /// The summary of a content folder made elsewhere (<c>--corpus</c>): Markdown files per top folder (the type's
    /// folder), those marked <c>toegang: besloten</c>, and their size; the editors' templates are not content.
    /// </summary>
    public static CorpusSummary Read(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Select(f => (File: f, Top: Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar) is { Length: > 1 } parts ? parts[0] : "(root)"))
            .Where(f => f.Top != "sjablonen")
            .ToList();
        var perType = files.GroupBy(f => f.Top).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var restricted = files.Count(f => File.ReadLines(f.File).TakeWhile((l, i) => i == 0 || l != "---").Any(l => l.Trim() == "toegang: besloten"));
        return new CorpusSummary(files.Count, perType, restricted, files.Sum(f => new FileInfo(f.File).Length));
    }
}

/// <summary>
/// Writes a content folder of N documents in the format of docs/content-model.md: 25 themes, the 11 regions,
/// publications, glossary entries, knowledge circles with meetings, webinars, guides and mostly practices, with
/// valid references and cross-links. Deterministic: the same N gives the same files, byte for byte (seed 42).
/// </summary>
public sealed class CorpusGenerator
{
    /// <summary>The seed of the one random source; every draw happens in a fixed order.</summary>
    public const int Seed = 42;

    /// <summary>The smallest corpus that still has room for every type.</summary>
    public const int MinimumPages = 200;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly DutchProse _prose = new(new Random(Seed));
    private readonly Dictionary<string, HashSet<string>> _slugs = new(StringComparer.Ordinal);
    private readonly List<Planned> _pages = [];

    /// <summary>A page decided before any file is written, so that every page can link to every other.</summary>
    private sealed class Planned
    {
        public required DocumentType Type { get; init; }
        public required string Slug { get; init; }
        public required string Title { get; init; }
        public required string Path { get; init; }
        public required string Url { get; init; }
        public required List<ThemeWords> Themes { get; init; }
        public required List<RegionWords> Regions { get; init; }
        public required string Place { get; init; }
        public required string Date { get; init; }
        public required int Year { get; init; }
        public string Phrase { get; init; } = "";
        public string? Kind { get; init; }
        public Planned? Circle { get; init; }
        public bool Restricted { get; init; }
        public GlossaryWords? Glossary { get; init; }
    }

    /// <summary>Generates <paramref name="pages"/> documents into <paramref name="folder"/>, which is emptied first.</summary>
    public static CorpusSummary Generate(string folder, int pages)
    {
        if (pages < MinimumPages) throw new ArgumentOutOfRangeException(nameof(pages), $"at least {MinimumPages} pages");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var generator = new CorpusGenerator();
        generator.Plan(pages);
        return generator.Write(folder);
    }

    // ---------------------------------------------------------------- planning

    private void Plan(int total)
    {
        var publications = Math.Max(5, total * 2 / 100);
        var glossary = Math.Clamp(total / 40, 20, 150);
        var circles = Math.Clamp(total / 200, 5, 60);
        var meetings = total * 6 / 100;
        var webinars = total * 2 / 100;
        var guides = total * 10 / 100;
        const int fixedPages = 2; // index.md and over.md
        var practices = total - fixedPages - Vocabulary.Themes.Length - Vocabulary.Regions.Length
                        - publications - glossary - circles - meetings - webinars - guides;

        for (var i = 0; i < publications; i++) PlanPublication();
        PlanGlossary(glossary);
        var circlePages = Enumerable.Range(0, circles).Select(PlanCircle).ToList();
        for (var i = 0; i < meetings; i++) PlanMeeting(circlePages[i % circlePages.Count]);
        for (var i = 0; i < webinars; i++) PlanWebinar();
        for (var i = 0; i < guides; i++) PlanGuide();
        for (var i = 0; i < practices; i++) PlanPractice();
    }

    private void PlanPublication()
    {
        var themes = DrawThemes(1, 3);
        var (kind, prefix) = _prose.Pick(Vocabulary.PublicationKinds);
        var phrase = _prose.Pick(themes[0].TitlePhrases);
        var region = _prose.Chance(0.3) ? _prose.Pick(RiecRegions) : Landelijk;
        var title = region == Landelijk ? $"{prefix} {phrase}" : $"{prefix} {phrase} in {region.Name}";
        var (date, year) = DrawDate(dayShare: 0.3, monthShare: 0.4);
        Add(DocumentType.Publicatie, "publicaties", title, year, themes, [region], region.Name, date, phrase, kind);
    }

    private void PlanGlossary(int count)
    {
        // The real terms first; beyond them, compounds as editors coin them ("Vastgoedregisseur"). A compound drawn
        // twice is drawn again; 18 × 18 compounds leave plenty of room for the largest count (150).
        var planned = 0;
        for (var attempt = 0; planned < count; attempt++)
        {
            var entry = attempt < Vocabulary.Glossary.Length
                ? Vocabulary.Glossary[attempt]
                : new GlossaryWords(DutchProse.Capitalize(_prose.Pick(Vocabulary.CompoundModifiers) + _prose.Pick(Vocabulary.CompoundHeads)),
                    null, [], _prose.Pick(Vocabulary.Themes).Slug);
            if (PlanGlossaryEntry(entry)) planned++;
        }
    }

    private bool PlanGlossaryEntry(GlossaryWords entry)
    {
        var slug = DocumentReader.Slugify(entry.Term);
        if (!Claim("begrippen", slug)) return false;
        var theme = Vocabulary.Themes.Single(t => t.Slug == entry.Theme);
        _pages.Add(new Planned
        {
            Type = DocumentType.Begrip, Slug = slug, Title = entry.Term, Path = $"begrippen/{slug}.md", Url = $"/begrippen/{slug}/",
            Themes = [theme], Regions = [], Place = "Nederland", Date = "2025-11-01", Year = 2025, Glossary = entry,
        });
        return true;
    }

    private Planned PlanCircle(int index)
    {
        var themes = index < Vocabulary.Themes.Length
            ? [Vocabulary.Themes[index], .. DrawThemes(0, 2).Where(t => t != Vocabulary.Themes[index])]
            : DrawThemes(1, 3);
        var region = index < Vocabulary.Themes.Length ? Landelijk : _prose.Pick(RiecRegions);
        var phrase = index < Vocabulary.Themes.Length ? themes[0].Title : $"{_prose.Pick(themes[0].TitlePhrases)} {region.Name}";
        var slug = UniqueSlug("kenniskringen", DocumentReader.Slugify(phrase), 0);
        var (date, year) = DrawDate(dayShare: 0, monthShare: 0.7);
        var circle = new Planned
        {
            Type = DocumentType.Kenniskring, Slug = slug, Title = $"Kenniskring {phrase}", Path = $"kenniskringen/{slug}/index.md",
            Url = $"/kenniskringen/{slug}/", Themes = themes, Regions = [region], Place = PlaceIn(region), Date = date, Year = year,
            Phrase = phrase,
        };
        _pages.Add(circle);
        return circle;
    }

    private void PlanMeeting(Planned circle)
    {
        var kind = _prose.Pick(Vocabulary.MeetingKinds);
        var phrase = _prose.Pick(_prose.Pick(circle.Themes).TitlePhrases);
        var (date, year) = DrawDate(dayShare: 1, monthShare: 0);
        var slug = UniqueSlug($"kenniskringen/{circle.Slug}", DocumentReader.Slugify($"{date} {kind} {phrase}"), year);
        _pages.Add(new Planned
        {
            Type = DocumentType.Bijeenkomst, Slug = slug, Title = $"{kind} {phrase}", Path = $"kenniskringen/{circle.Slug}/{slug}.md",
            Url = $"/kenniskringen/{circle.Slug}/{slug}/", Themes = circle.Themes, Regions = circle.Regions, Place = circle.Place,
            Date = date, Year = year, Phrase = phrase, Kind = kind, Circle = circle,
        });
    }

    private void PlanWebinar()
    {
        var themes = DrawThemes(1, 3);
        var kind = _prose.Pick(Vocabulary.WebinarKinds);
        var phrase = _prose.Pick(themes[0].TitlePhrases);
        var (date, year) = DrawDate(dayShare: 1, monthShare: 0);
        Add(DocumentType.Webinar, "webinars", $"{kind} {phrase}", year, themes, [Landelijk], PlaceIn(Landelijk), date, phrase, kind);
    }

    private void PlanGuide()
    {
        var themes = DrawThemes(1, 4);
        var kind = _prose.Pick(Vocabulary.GuideKinds);
        var phrase = _prose.Pick(themes[0].TitlePhrases);
        var title = _prose.Chance(0.5) ? $"{kind} {phrase} voor {_prose.Pick(Vocabulary.Audiences)}" : $"{kind} {phrase}";
        var region = _prose.Chance(0.2) ? _prose.Pick(RiecRegions) : Landelijk;
        var (date, year) = DrawDate(dayShare: 0.2, monthShare: 0.6);
        Add(DocumentType.Handreiking, "handreikingen", title, year, themes, [region], PlaceIn(region), date, phrase, kind);
    }

    private void PlanPractice()
    {
        var themes = DrawThemes(1, 4);
        var region = _prose.Chance(0.1) ? Landelijk : _prose.Pick(RiecRegions);
        var place = _prose.Pick(region.Places);
        List<RegionWords> regions = region != Landelijk && _prose.Chance(0.15)
            ? [region, .. _prose.PickDistinct(RiecRegions, 1).Where(r => r != region)]
            : [region];
        var kind = _prose.Pick(Vocabulary.ProjectKinds);
        var phrase = _prose.Pick(themes[0].TitlePhrases);
        var title = region == Landelijk ? $"{kind} {phrase} in {place}" : $"{kind} {phrase} {place}";
        var (date, year) = DrawDate(dayShare: 0.4, monthShare: 0.45);
        // The prose of a national project still names a municipality, as national pilots run somewhere.
        var prosePlace = region == Landelijk ? _prose.Pick(_prose.Pick(RiecRegions).Places) : place;
        // About one practice in a hundred is for the closed part only, so the build's restricted phase has work too.
        var restricted = _prose.Chance(0.01);
        Add(DocumentType.Praktijkvoorbeeld, "praktijkvoorbeelden", title, year, themes, regions, prosePlace, date, phrase, kind, restricted);
    }

    private void Add(DocumentType type, string folder, string title, int year, List<ThemeWords> themes, List<RegionWords> regions,
        string place, string date, string phrase, string? kind, bool restricted = false)
    {
        var slug = DocumentReader.Slugify(title);
        if (!Claim(folder, slug))
        {
            // Same words drawn twice: real sites tell such pages apart by year, then by number.
            title = $"{title} {year}";
            slug = UniqueSlug(folder, DocumentReader.Slugify(title), 0);
            if (slug != DocumentReader.Slugify(title)) title = $"{title} ({slug[(slug.LastIndexOf('-') + 1)..]})";
        }
        _pages.Add(new Planned
        {
            Type = type, Slug = slug, Title = title, Path = $"{folder}/{slug}.md", Url = $"/{folder}/{slug}/", Themes = themes,
            Regions = regions, Place = place, Date = date, Year = year, Phrase = phrase, Kind = kind, Restricted = restricted,
        });
    }

    private static RegionWords Landelijk => Vocabulary.Regions[^1];

    private static readonly RegionWords[] RiecRegions = Vocabulary.Regions.Where(r => r.Riec).ToArray();

    private string PlaceIn(RegionWords region) => _prose.Pick(region == Landelijk ? _prose.Pick(RiecRegions).Places : region.Places);

    private List<ThemeWords> DrawThemes(int min, int max) => _prose.PickDistinct(Vocabulary.Themes, _prose.Between(min, max));

    private (string Date, int Year) DrawDate(double dayShare, double monthShare)
    {
        var year = _prose.Between(2016, 2025);
        var month = _prose.Between(1, 12);
        var day = _prose.Between(1, 28);
        var precision = _prose.Between(0, 999) / 1000.0;
        var date = precision < dayShare ? $"{year:D4}-{month:D2}-{day:D2}"
            : precision < dayShare + monthShare ? $"{year:D4}-{month:D2}"
            : $"{year:D4}";
        return (date, year);
    }

    private bool Claim(string folder, string slug)
    {
        if (!_slugs.TryGetValue(folder, out var taken)) _slugs[folder] = taken = new HashSet<string>(StringComparer.Ordinal);
        return taken.Add(slug);
    }

    private string UniqueSlug(string folder, string slug, int year)
    {
        if (Claim(folder, slug)) return slug;
        if (year > 0 && Claim(folder, $"{slug}-{year}")) return $"{slug}-{year}";
        for (var n = 2; ; n++)
        {
            if (Claim(folder, $"{slug}-{n}")) return $"{slug}-{n}";
        }
    }

    // ---------------------------------------------------------------- writing

    private Dictionary<string, List<Planned>> _practicesByTheme = [];
    private Dictionary<string, List<Planned>> _practicesByRegion = [];
    private Dictionary<string, List<Planned>> _guidesByTheme = [];
    private Dictionary<string, List<Planned>> _publicationsByTheme = [];
    private Dictionary<string, List<Planned>> _glossaryByTheme = [];
    private List<Planned> _publications = [];
    private List<Planned> _circles = [];

    private CorpusSummary Write(string folder)
    {
        List<Planned> OfType(DocumentType type) => _pages.Where(p => p.Type == type).ToList();
        // Link targets are public pages only: the build refuses a public page that links into the closed part.
        Dictionary<string, List<Planned>> ByTheme(DocumentType type) => Vocabulary.Themes.ToDictionary(
            t => t.Slug, t => _pages.Where(p => p.Type == type && !p.Restricted && p.Themes.Contains(t)).ToList(), StringComparer.Ordinal);
        _practicesByTheme = ByTheme(DocumentType.Praktijkvoorbeeld);
        _guidesByTheme = ByTheme(DocumentType.Handreiking);
        _publicationsByTheme = ByTheme(DocumentType.Publicatie);
        _glossaryByTheme = ByTheme(DocumentType.Begrip);
        _practicesByRegion = Vocabulary.Regions.ToDictionary(
            r => r.Slug, r => _pages.Where(p => p.Type == DocumentType.Praktijkvoorbeeld && !p.Restricted && p.Regions.Contains(r)).ToList(),
            StringComparer.Ordinal);
        _publications = OfType(DocumentType.Publicatie);
        _circles = OfType(DocumentType.Kenniskring);

        var perType = new SortedDictionary<string, int>(StringComparer.Ordinal);
        long bytes = 0;
        void Save(string path, DocumentType type, string text)
        {
            var file = System.IO.Path.Combine(folder, path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            var data = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
            File.WriteAllBytes(file, data);
            bytes += data.Length;
            perType[type.Key()] = perType.GetValueOrDefault(type.Key()) + 1;
        }

        // The site's own taxonomy table: without it the themes and regions the pages name are unknown fields.
        File.Copy(System.IO.Path.Combine(Fixtures.SiteContentFolder, Contracts.Taxonomy.FileName), System.IO.Path.Combine(folder, Contracts.Taxonomy.FileName));
        Save("index.md", DocumentType.Pagina, HomePage());
        Save("over.md", DocumentType.Pagina, AboutPage());
        foreach (var theme in Vocabulary.Themes) Save($"themas/{theme.Slug}.md", DocumentType.Thema, ThemePage(theme));
        foreach (var region in Vocabulary.Regions) Save($"regios/{region.Slug}.md", DocumentType.Regio, RegionPage(region));
        foreach (var page in _pages) Save(page.Path, page.Type, PageText(page));
        return new CorpusSummary(perType.Values.Sum(), perType, _pages.Count(p => p.Restricted), bytes);
    }

    private string PageText(Planned page) => page.Type switch
    {
        DocumentType.Praktijkvoorbeeld => PracticePage(page),
        DocumentType.Handreiking => GuidePage(page),
        DocumentType.Publicatie => PublicationPage(page),
        DocumentType.Kenniskring => CirclePage(page),
        DocumentType.Bijeenkomst or DocumentType.Webinar => MeetingPage(page),
        DocumentType.Begrip => GlossaryPage(page),
        _ => throw new InvalidOperationException($"no writer for {page.Type}"),
    };

    private static ProseContext Context(Planned page) =>
        new(page.Themes, page.Place, page.Regions.FirstOrDefault()?.Name ?? "Midden-Nederland", page.Year);

    private string PracticePage(Planned page)
    {
        var context = Context(page);
        var partners = new List<string> { $"Gemeente {context.Place}" };
        if (page.Regions[0] != Landelijk) partners.Add($"RIEC {page.Regions[0].Name}");
        partners.AddRange(_prose.PickDistinct(Vocabulary.Organisations, _prose.Between(1, 4)));
        var start = page.Year;
        var status = _prose.Pick(["lopend", "afgerond", "onbekend"]);
        var period = status == "lopend" ? $"sinds {start}" : $"{start}–{start + _prose.Between(1, 3)}";

        var fm = new FrontMatterText()
            .Scalar("title", page.Title)
            .Scalar("summary", $"{page.Kind} in {page.Place} gericht op {page.Phrase}. {_prose.Sentence(context)}")
            .Plain("date", page.Date)
            .Slugs("themes", page.Themes.Select(t => t.Slug))
            .Slugs("regions", page.Regions.Select(r => r.Slug))
            .Scalar("place", page.Regions[0] == Landelijk ? Landelijk.Places[0] : page.Place)
            .Items("partners", partners)
            .Scalar("period", period)
            .Plain("status", status)
            .Scalar("contact", partners[_prose.Between(0, Math.Min(1, partners.Count - 1))])
            .Slugs("sources", Sources(page));
        if (page.Restricted) fm.Plain("toegang", "besloten");
        else if (_prose.Chance(0.02)) fm.Items("aliases", [$"/oud/praktijkvoorbeelden/{page.Slug}/"]);

        var body = new StringBuilder();
        Section(body, "Aanleiding");
        Paragraphs(body, context, _prose.Between(2, 3), 3, 6);
        Section(body, "Doel");
        Points(body, context, _prose.Between(2, 4));
        Section(body, "Aanpak");
        Paragraphs(body, context, _prose.Between(2, 4), 3, 6);
        if (_prose.Chance(0.3)) PartnerTable(body, partners);
        if (_prose.Chance(0.3)) Steps(body, context, _prose.Between(3, 5));
        if (OtherPractice(page) is { } other)
        {
            body.Append(CultureInfo.InvariantCulture,
                $"Een vergelijkbare werkwijze staat beschreven bij [{other.Title}]({other.Url}{(_prose.Chance(0.3) ? "#aanpak" : "")}).\n\n");
        }
        Section(body, "Resultaten");
        if (_prose.Chance(0.2)) body.Append("De bronnen noemen geen concrete resultaten van dit project.\n\n");
        else Paragraphs(body, context, 1, 2, 5);
        Section(body, "Lessen");
        Points(body, context, _prose.Between(2, 4));
        MoreToRead(body, page);
        return fm.ToString() + body;
    }

    private string GuidePage(Planned page)
    {
        var context = Context(page);
        var audience = _prose.PickDistinct(Vocabulary.Audiences, _prose.Between(2, 4));
        var reviewed = new DateOnly(2025, 1, 1).AddDays(_prose.Between(0, 300));
        var fm = new FrontMatterText()
            .Scalar("title", page.Title)
            .Scalar("summary", $"{page.Kind} over {page.Phrase}: {DutchProse.Decapitalize(_prose.Point(context))}.")
            .Plain("date", page.Date)
            .Slugs("themes", page.Themes.Select(t => t.Slug))
            .Slugs("regions", page.Regions.Select(r => r.Slug))
            .Items("audience", audience)
            .Scalar("publisher", _prose.Pick(Vocabulary.Publishers))
            .Scalar("version", _prose.Chance(0.5) ? $"{_prose.Between(1, 3)}.{_prose.Between(0, 4)}" : $"{DutchMonth(_prose.Between(1, 12))} {page.Year}")
            .Plain("last_reviewed", reviewed.ToString("yyyy-MM-dd", Invariant))
            .Slugs("sources", Sources(page));

        var body = new StringBuilder();
        Section(body, "Waarvoor is deze handreiking?");
        Paragraphs(body, context, 2, 3, 5);
        Section(body, "Voor wie?");
        foreach (var who in audience) body.Append(CultureInfo.InvariantCulture, $"- **{DutchProse.Capitalize(who)}**: {DutchProse.Decapitalize(_prose.Point(context))}.\n");
        body.Append('\n');
        Section(body, "Stappen");
        Steps(body, context, _prose.Between(4, 7));
        Section(body, "Aandachtspunten");
        Points(body, context, _prose.Between(3, 5));
        if (_prose.Chance(0.3))
        {
            Section(body, "Checklist");
            body.Append("| Vraag | Toelichting |\n|---|---|\n");
            for (var i = _prose.Between(3, 5); i > 0; i--)
            {
                body.Append(CultureInfo.InvariantCulture, $"| Zijn {_prose.Term(context)} in beeld? | {_prose.Point(context)} |\n");
            }
            body.Append('\n');
        }
        MoreToRead(body, page);
        return fm.ToString() + body;
    }

    private string PublicationPage(Planned page)
    {
        var context = Context(page);
        // A publication that is itself a source document names itself, as the content model describes.
        IEnumerable<string> sources = _prose.Chance(0.5) ? [page.Slug] : Sources(page);
        var fm = new FrontMatterText()
            .Scalar("title", page.Title)
            .Scalar("summary", $"{DutchProse.Capitalize(page.Kind == "overig" ? "factsheet" : page.Kind!)} over {page.Phrase}. {_prose.Sentence(context)}")
            .Plain("date", page.Date)
            .Slugs("themes", page.Themes.Select(t => t.Slug))
            .Slugs("regions", page.Regions.Select(r => r.Slug))
            .Items("authors", _prose.PickDistinct(Vocabulary.Authors, _prose.Between(1, 3)))
            .Scalar("publisher", _prose.Pick(Vocabulary.Publishers))
            .Plain("kind", page.Kind!)
            .Slugs("sources", sources);

        var body = new StringBuilder();
        Section(body, "Waar gaat het over?");
        Paragraphs(body, context, 2, 3, 6);
        Section(body, "Belangrijkste bevindingen");
        Points(body, context, _prose.Between(3, 6));
        Section(body, "Aanbevelingen");
        Points(body, context, _prose.Between(2, 5));
        Section(body, "Betekenis voor de praktijk");
        Paragraphs(body, context, 1, 3, 5);
        MoreToRead(body, page);
        return fm.ToString() + body;
    }

    private string CirclePage(Planned page)
    {
        var context = Context(page);
        var meetings = _pages.Where(p => p.Circle == page).ToList();
        var fm = new FrontMatterText()
            .Scalar("title", page.Title)
            .Scalar("summary", $"Kenniskring waarin professionals kennis uitwisselen over {DutchProse.Decapitalize(page.Phrase)}. {_prose.Sentence(context)}")
            .Plain("date", page.Date)
            .Slugs("themes", page.Themes.Select(t => t.Slug))
            .Slugs("regions", page.Regions.Select(r => r.Slug))
            .Items("organisers", _prose.PickDistinct(["Aanjaagteam Ondermijning", "LIEC", $"RIEC {page.Regions[0].Name}", "VNG", "CCV"], _prose.Between(1, 2)))
            .Items("participants", _prose.PickDistinct(Vocabulary.Organisations, _prose.Between(3, 7)))
            .Plain("status", _prose.Pick(["actief", "afgerond", "onbekend"]))
            .Slugs("sources", Sources(page));

        var body = new StringBuilder();
        Section(body, "Waar gaat de kring over?");
        Paragraphs(body, context, 2, 3, 5);
        Section(body, "Wie doen mee?");
        Paragraphs(body, context, 1, 2, 4);
        if (meetings.Count > 0)
        {
            Section(body, "Bijeenkomsten");
            foreach (var meeting in meetings) body.Append(CultureInfo.InvariantCulture, $"- [{meeting.Title}]({meeting.Url}) ({meeting.Date})\n");
            body.Append('\n');
        }
        MoreToRead(body, page);
        return fm.ToString() + body;
    }

    private string MeetingPage(Planned page)
    {
        var context = Context(page);
        var format = _prose.Pick(["fysiek", "online", "hybride"]);
        var fm = new FrontMatterText()
            .Scalar("title", page.Title)
            .Scalar("summary", $"{page.Kind} over {page.Phrase} op {DutchDate(page.Date)}. {_prose.Sentence(context)}")
            .Plain("date", page.Date)
            .Plain("format", format);
        if (format != "online") fm.Scalar("location", page.Place);
        fm.Items("organisations", _prose.PickDistinct(Vocabulary.Organisations, _prose.Between(1, 4)))
            .Items("takeaways", Enumerable.Range(0, _prose.Between(2, 4)).Select(_ => _prose.Point(context) + ".").ToList())
            .Slugs("themes", page.Themes.Select(t => t.Slug))
            .Slugs("regions", page.Regions.Select(r => r.Slug))
            .Slugs("sources", Sources(page));

        var body = new StringBuilder();
        Section(body, "Waar ging het over?");
        Paragraphs(body, context, _prose.Between(1, 3), 3, 5);
        if (page.Circle is { } circle)
        {
            body.Append(CultureInfo.InvariantCulture, $"Deze bijeenkomst hoort bij de [{circle.Title}]({circle.Url}).\n\n");
        }
        Section(body, "Vervolg");
        Paragraphs(body, context, 1, 2, 4);
        MoreToRead(body, page);
        return fm.ToString() + body;
    }

    private string GlossaryPage(Planned page)
    {
        var context = Context(page);
        var entry = page.Glossary!;
        var fm = new FrontMatterText().Scalar("title", page.Title);
        if (entry.Full is { } full) fm.Scalar("full", full);
        if (entry.Synonyms.Length > 0) fm.Items("synonyms", entry.Synonyms);
        fm.Scalar("summary", $"{(entry.Full is { } f ? f + ": " : "")}begrip uit de aanpak van ondermijning, vooral gebruikt bij {_prose.Term(context)}.")
            .Plain("date", page.Date)
            .Slugs("sources", Sources(page));

        var body = new StringBuilder();
        body.Append(_prose.Paragraph(context, _prose.Between(2, 4))).Append("\n\n");
        Section(body, "Zie ook");
        body.Append(CultureInfo.InvariantCulture, $"- Thema: [{page.Themes[0].Title}](/themas/{page.Themes[0].Slug}/)\n");
        var practices = _practicesByTheme[page.Themes[0].Slug];
        if (practices.Count > 0) body.Append(CultureInfo.InvariantCulture, $"- Praktijkvoorbeeld: {Link(_prose.Pick(practices))}\n");
        return fm.ToString() + body;
    }

    private string ThemePage(ThemeWords theme)
    {
        var context = new ProseContext([theme], _prose.Pick(_prose.Pick(RiecRegions).Places), "Midden-Nederland", 2021);
        var related = _prose.PickDistinct(Vocabulary.Themes.Where(t => t != theme).ToList(), _prose.Between(2, 5));
        var publications = _publicationsByTheme[theme.Slug];
        var fm = new FrontMatterText()
            .Scalar("title", theme.Title)
            .Scalar("summary", $"Over {theme.TitlePhrases[0]}: wat het is, waarom het ertoe doet en welke aanpak werkt. {_prose.Sentence(context)}")
            .Plain("date", "2025-06")
            .Slugs("related", related.Select(t => t.Slug))
            .Slugs("sources", publications.Count > 0 ? _prose.PickDistinct(publications, 2).Select(p => p.Slug) : Sources(null));

        var body = new StringBuilder();
        Section(body, "Wat is het?");
        Paragraphs(body, context, 2, 3, 5);
        Section(body, "Waarom het ertoe doet");
        Points(body, context, _prose.Between(3, 5));
        Section(body, "Aanpak en instrumenten");
        Paragraphs(body, context, 2, 3, 5);
        foreach (var practice in _prose.PickDistinct(_practicesByTheme[theme.Slug], 8))
        {
            body.Append(CultureInfo.InvariantCulture, $"- {Link(practice)}: {DutchProse.Decapitalize(_prose.Point(context))}.\n");
        }
        body.Append('\n');
        Section(body, "Verder lezen");
        body.Append("- Thema's: ").AppendJoin(", ", related.Select(t => $"[{t.Title}](/themas/{t.Slug}/)")).Append('\n');
        var guides = _prose.PickDistinct(_guidesByTheme[theme.Slug], 3);
        if (guides.Count > 0) body.Append("- Handreikingen: ").AppendJoin(", ", guides.Select(Link)).Append('\n');
        if (publications.Count > 0) body.Append("- Publicaties: ").AppendJoin(", ", _prose.PickDistinct(publications, 3).Select(Link)).Append('\n');
        return fm.ToString() + body;
    }

    private string RegionPage(RegionWords region)
    {
        var context = new ProseContext(_prose.PickDistinct(Vocabulary.Themes, 3), region == Landelijk ? "Den Haag" : region.Places[0], region.Name, 2020);
        var fm = new FrontMatterText()
            .Scalar("title", region.Title)
            .Scalar("summary", region.Riec
                ? $"De RIEC-regio {region.Name}: {region.Area}. Met de praktijkvoorbeelden uit {string.Join(", ", region.Places.Take(3))} en omgeving."
                : "Landelijke partners, overleggen en projecten in de aanpak van ondermijning, die de tien RIEC-regio's verbinden.")
            .Plain("date", "2025-01")
            .Scalar("area", region.Area)
            .Plain("riec", region.Riec ? "true" : "false")
            .Slugs("sources", Sources(null));

        var body = new StringBuilder();
        Section(body, "Over de regio");
        Paragraphs(body, context, 2, 3, 5);
        Section(body, "Projecten en praktijkvoorbeelden");
        foreach (var practice in _prose.PickDistinct(_practicesByRegion[region.Slug], 10)) body.Append("- ").Append(Link(practice)).Append('\n');
        body.Append('\n');
        Section(body, "Bijzonderheden");
        Points(body, context, _prose.Between(2, 4));
        return fm.ToString() + body;
    }

    private string HomePage()
    {
        var body = new StringBuilder();
        Section(body, "Welkom");
        body.Append("Het Kennisplatform Ondermijning brengt kennis en ervaring samen over de aanpak van georganiseerde, ondermijnende criminaliteit. ")
            .Append("Deze site is gegenereerd voor een benchmark: alle pagina's zijn fictief.\n\n");
        Section(body, "Wat vindt u hier?");
        body.Append("| Onderdeel | Wat het biedt |\n|---|---|\n");
        foreach (var (folder, label) in new[]
                 {
                     ("praktijkvoorbeelden", "Projecten en aanpakken uit de regio's"), ("handreikingen", "Praktische hulpmiddelen"),
                     ("kenniskringen", "Netwerken van professionals"), ("themas", "Overzichten per onderwerp"),
                     ("regios", "De tien RIEC-regio's en de landelijke aanpak"), ("publicaties", "Rapporten, Kamerbrieven en adviezen"),
                     ("webinars", "Terugblikken op webinars"), ("begrippen", "Uitleg van afkortingen en vaktermen"),
                 })
        {
            body.Append(CultureInfo.InvariantCulture, $"| [{DutchProse.Capitalize(folder)}](/{folder}/) | {label} |\n");
        }
        body.Append('\n');
        Section(body, "Thema's");
        foreach (var theme in Vocabulary.Themes) body.Append(CultureInfo.InvariantCulture, $"- [{theme.Title}](/themas/{theme.Slug}/)\n");
        return new FrontMatterText()
            .Scalar("title", "Kennisplatform Ondermijning")
            .Scalar("summary", "Kennis, praktijkvoorbeelden en handreikingen over de aanpak van ondermijnende criminaliteit.")
            .Plain("date", "2025-11-01") + body.ToString();
    }

    private string AboutPage()
    {
        var context = new ProseContext(_prose.PickDistinct(Vocabulary.Themes, 3), "Utrecht", "Midden-Nederland", 2020);
        var body = new StringBuilder();
        Section(body, "Waarom dit platform?");
        Paragraphs(body, context, 2, 3, 5);
        Section(body, "Meer weten");
        body.Append("- [Praktijkvoorbeelden](/praktijkvoorbeelden/)\n- [Begrippen](/begrippen/)\n");
        return new FrontMatterText()
            .Scalar("title", "Over het Kennisplatform")
            .Scalar("summary", "Waarom het Kennisplatform Ondermijning bestaat en hoe de inhoud tot stand komt.")
            .Plain("date", "2025-11-01")
            .Slugs("sources", Sources(null)) + body.ToString();
    }

    /// <summary>The closing "Meer weten" list that real pages have: themes, regions, other practices, a guide, sources, a term.</summary>
    private void MoreToRead(StringBuilder body, Planned page)
    {
        Section(body, "Meer weten");
        body.Append("- Thema's: ").AppendJoin(", ", page.Themes.Select(t => $"[{t.Title}](/themas/{t.Slug}/)")).Append('\n');
        if (page.Regions.Count > 0)
        {
            body.Append("- Regio's: ").AppendJoin(", ", page.Regions.Select(r => $"[{r.Name}](/regios/{r.Slug}/)")).Append('\n');
        }
        var others = _prose.PickDistinct(_practicesByTheme[page.Themes[0].Slug].Where(p => p != page).ToList(), _prose.Between(2, 4));
        if (others.Count > 0) body.Append("- Andere praktijkvoorbeelden: ").AppendJoin(", ", others.Select(Link)).Append('\n');
        var guides = _guidesByTheme[page.Themes[0].Slug].Where(p => p != page).ToList();
        if (guides.Count > 0) body.Append("- Handreiking: ").Append(Link(_prose.Pick(guides))).Append('\n');
        if (_circles.FirstOrDefault(c => c.Themes[0] == page.Themes[0] && c != page) is { } circle)
        {
            body.Append("- Kenniskring: ").Append(Link(circle)).Append('\n');
        }
        var terms = _glossaryByTheme[page.Themes[0].Slug];
        if (terms.Count > 0) body.Append("- Begrip: ").Append(Link(_prose.Pick(terms))).Append('\n');
    }

    private Planned? OtherPractice(Planned page)
    {
        var candidates = _practicesByTheme[page.Themes[0].Slug];
        var other = candidates.Count > 1 ? _prose.Pick(candidates) : null;
        return other == page ? null : other;
    }

    /// <summary>1–3 publications, preferably on the page's first theme.</summary>
    private IEnumerable<string> Sources(Planned? page)
    {
        var onTheme = page is null ? [] : _publicationsByTheme[page.Themes[0].Slug];
        var pool = onTheme.Count > 0 && _prose.Chance(0.8) ? onTheme : _publications;
        return _prose.PickDistinct(pool, _prose.Between(1, 3)).Select(p => p.Slug);
    }

    private static string Link(Planned page) => $"[{page.Title}]({page.Url})";

    private static void Section(StringBuilder body, string heading) => body.Append("## ").Append(heading).Append("\n\n");

    private void Paragraphs(StringBuilder body, ProseContext context, int count, int minSentences, int maxSentences)
    {
        for (var i = 0; i < count; i++) body.Append(_prose.Paragraph(context, _prose.Between(minSentences, maxSentences))).Append("\n\n");
    }

    private void Points(StringBuilder body, ProseContext context, int count)
    {
        for (var i = 0; i < count; i++) body.Append("- ").Append(_prose.Point(context)).Append(".\n");
        body.Append('\n');
    }

    private void Steps(StringBuilder body, ProseContext context, int count)
    {
        for (var i = 1; i <= count; i++) body.Append(CultureInfo.InvariantCulture, $"{i}. {_prose.Point(context)}.\n");
        body.Append('\n');
    }

    private void PartnerTable(StringBuilder body, IReadOnlyList<string> partners)
    {
        body.Append("| Partner | Rol |\n|---|---|\n");
        foreach (var partner in partners) body.Append(CultureInfo.InvariantCulture, $"| {partner} | {_prose.Pick(Vocabulary.Roles)} |\n");
        body.Append('\n');
    }

    private static string DutchMonth(int month) => CultureInfo.GetCultureInfo("nl-NL").DateTimeFormat.GetMonthName(month);

    private static string DutchDate(string iso) =>
        PartialDate.TryParse(iso, out var date) ? date.ToDutch() : iso;

    /// <summary>Front matter as editors write it: quoted text, flow lists of slugs, block lists of names.</summary>
    private sealed class FrontMatterText
    {
        private readonly StringBuilder _text = new("---\n");

        public FrontMatterText Scalar(string name, string value)
        {
            _text.Append(name).Append(": ").Append(Quote(value)).Append('\n');
            return this;
        }

        public FrontMatterText Plain(string name, string value)
        {
            _text.Append(name).Append(": ").Append(value).Append('\n');
            return this;
        }

        public FrontMatterText Slugs(string name, IEnumerable<string> slugs)
        {
            _text.Append(name).Append(": [").AppendJoin(", ", slugs).Append("]\n");
            return this;
        }

        public FrontMatterText Items(string name, IEnumerable<string> items)
        {
            _text.Append(name).Append(":\n");
            foreach (var item in items) _text.Append("  - ").Append(Quote(item)).Append('\n');
            return this;
        }

        public override string ToString() => _text + "---\n\n";

        private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}
