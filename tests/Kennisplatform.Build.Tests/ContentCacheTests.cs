using System.Text;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>What the content cache gives back from its packs: whole entries only.</summary>
public sealed class ContentCacheTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_kept_entry_with_its_end_mark_gives_its_lines()
    {
        WriteBasePack(("k1.words", "aanpak\nbestuur\nkp-content-v1"));
        using var cache = new ContentCache(_temp.Path, "code");

        Assert.Equal(["aanpak", "bestuur"], cache.Kept("k1", "words"));
    }

    [Fact]
    public void A_kept_entry_cut_short_counts_as_missing_not_as_empty()
    {
        // Without its end mark the entry may have lost lines: the words must be made again, not taken as none.
        WriteBasePack(("k1.words", "aanpak\nbestuur\n"), ("k2.words", "aanpak\nbest"));
        using var cache = new ContentCache(_temp.Path, "code");

        Assert.Null(cache.Kept("k1", "words"));
        Assert.Null(cache.Kept("k2", "words"));
        Assert.Null(cache.Kept("k3", "words"));
    }

    private static readonly Kennisplatform.Content.ContentSet Fixture = Kennisplatform.Content.ContentLoader.Load(Fixtures.ContentFolder);
    private const string Page = "praktijkvoorbeelden/vastgoed-in-beeld.md";

    // Reads the fixture page through a new cache over the folder; returns the cache (to be disposed) and what it gave.
    private (ContentCache Cache, Kennisplatform.Pages.Markdown.RenderedMarkdown Markdown) ReadPage()
    {
        var (cache, markdown, _) = ReadPageWithDocument();
        return (cache, markdown);
    }

    private (ContentCache Cache, Kennisplatform.Pages.Markdown.RenderedMarkdown Markdown, Kennisplatform.Content.Document Document) ReadPageWithDocument()
    {
        var cache = new ContentCache(_temp.Path, "code");
        var read = Read(cache, Page, File.ReadAllBytes(Path.Combine(Fixtures.ContentFolder, Page)));
        return (cache, cache.MarkdownOf(read.Document!)!, read.Document!);
    }

    private static Kennisplatform.Content.FileRead Read(ContentCache cache, string path, byte[] bytes) =>
        cache.Read(path, null, () => (bytes, null), Fixture.Taxonomies,
            new Kennisplatform.Pages.Markdown.MarkdownRenderer().Render, new Dictionary<Kennisplatform.Content.DocumentType, IReadOnlySet<string>>());

    [Fact]
    public void A_file_edited_after_the_cache_was_made_is_kept_for_the_builds_after_its_edit()
    {
        // A build of the whole folder, then a build after an edit of one page, then the next build: the edited page is
        // parsed once, not again in every later build.
        const string Other = "handreikingen/damocles-menukaart.md";
        var original = File.ReadAllBytes(Path.Combine(Fixtures.ContentFolder, Page));
        var edited = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(original) + "\nDe gemeente sloot na dit onderzoek drie panden.\n");
        var other = File.ReadAllBytes(Path.Combine(Fixtures.ContentFolder, Other));
        var cold = new ContentCache(_temp.Path, "code");
        Read(cold, Page, original);
        Read(cold, Other, other);
        cold.Complete();

        var edit = new ContentCache(_temp.Path, "code");
        Read(edit, Page, edited);
        Read(edit, Other, other);
        Assert.Equal(1, edit.Parsed);
        edit.Complete();

        using var next = new ContentCache(_temp.Path, "code");
        Assert.Contains("drie panden", Read(next, Page, edited).Document!.Body);
        Read(next, Other, other);
        Assert.Equal(0, next.Parsed);
    }

    [Fact]
    public void A_cached_document_gives_the_body_of_its_file_when_asked_for_it()
    {
        var (first, _, parsed) = ReadPageWithDocument();
        var body = parsed.Body;
        first.Complete();

        var (second, _, kept) = ReadPageWithDocument();
        using (second)
        {
            Assert.Equal(0, second.Parsed);
            Assert.Contains("Drugsgeld wordt geïnvesteerd in panden.", body);
            Assert.Equal(body, kept.Body);
            Assert.Equal(parsed.FrontMatter.BodyLine, kept.FrontMatter.BodyLine);
        }
    }

    [Fact]
    public void A_cached_file_gives_the_same_texts_when_they_are_asked_for()
    {
        var (first, made) = ReadPage();
        var (html, text) = (made.Html, made.PlainText);
        Assert.Equal(1, first.Parsed);
        first.Complete();

        var (second, kept) = ReadPage();
        using (second)
        {
            Assert.Equal(0, second.Parsed);
            Assert.Equal(html, kept.Html);
            Assert.Equal(text, kept.PlainText);
            Assert.Equal(made.Headings, kept.Headings);
            Assert.Equal(made.Links, kept.Links);
        }
    }

    [Fact]
    public void A_file_whose_texts_are_missing_is_parsed_again_and_texts_cut_short_fail_when_asked_for()
    {
        var (first, _) = ReadPage();
        first.Complete();
        var pack = Path.Combine(_temp.Path, "base.pack");
        var entries = ReadPack(pack);

        WriteBasePack([.. entries.Where(e => !e.Name.EndsWith(".texts", StringComparison.Ordinal)).Select(e => (e.Name, e.Bytes))]);
        var (without, _) = ReadPage();
        using (without) Assert.Equal(1, without.Parsed);

        // The entry itself is whole, so the file counts as read; its texts cannot be trusted, and the build that asks
        // for them fails and starts again without the cache (SiteBuilder), never showing a page cut short.
        WriteBasePack([.. entries.Select(e => (e.Name, e.Name.EndsWith(".texts", StringComparison.Ordinal) ? e.Bytes[..^3] : e.Bytes))]);
        var (cut, markdown) = ReadPage();
        using (cut)
        {
            Assert.Equal(0, cut.Parsed);
            Assert.Throws<InvalidDataException>(() => markdown.Html);
        }
    }

    private static List<(string Name, byte[] Bytes)> ReadPack(string file)
    {
        using var pack = ContentPack.Open(file);
        return [.. pack.Names.Select(n => (n, pack.Read(n)!))];
    }

    private void WriteBasePack(params (string Name, byte[] Bytes)[] entries)
    {
        using var writer = new ContentPack.Writer(Path.Combine(_temp.Path, $"fresh-{Guid.NewGuid():N}.tmp"));
        foreach (var (name, bytes) in entries) writer.Add(name, bytes);
        writer.Finish(Path.Combine(_temp.Path, "base.pack"));
    }

    private void WriteBasePack(params (string Name, string Text)[] entries)
    {
        using var writer = new ContentPack.Writer(Path.Combine(_temp.Path, "fresh.tmp"));
        foreach (var (name, text) in entries) writer.Add(name, Encoding.UTF8.GetBytes(text));
        writer.Finish(Path.Combine(_temp.Path, "base.pack"));
    }
}
