using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Pages.Markdown;
using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>
/// What reading and rendering each content file gave (its document, its diagnostics and its rendered Markdown), kept in
/// a folder of the build cache under the key of everything it follows from: the code, the taxonomy table, the file's
/// path and its bytes (their SHA-256, which <see cref="ContentFiles"/> often knows without reading the file). After an edit only the edited file is parsed and rendered again; the checks across documents
/// (references, links, addresses) still run over all of them, in memory.
/// Entries are in a compact binary form with an end mark, kept in packs (<see cref="ContentPack"/>): a base pack of
/// nearly all entries and a small pack of what the last builds added, so an edit writes a few entries, not the whole
/// cache. An entry that cannot be read is read from its file again.
/// </summary>
public sealed class ContentCache(string folder, string codeVersion) : IDisposable
{
    private const string Magic = "kp-content-v1";
    // The layout of an entry, part of every key: entries of another layout are never looked up.
    private const string Layout = "entry-v4";
    private const string Texts = "texts";
    private const string BasePack = "base.pack";
    private const string AddedPack = "added.pack";
    private readonly ContentPack _base = ContentPack.Open(Path.Combine(folder, BasePack), IsMain);
    private readonly ContentPack _added = ContentPack.Open(Path.Combine(folder, AddedPack), IsMain);
    private readonly Lazy<ContentPack.Writer> _fresh = new(() => new ContentPack.Writer(Path.Combine(folder, $"fresh-{Guid.NewGuid():N}.tmp"), IsMain));
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RenderedMarkdown> _markdown = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _documentKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<IReadOnlySet<string>, string> _templateKeys = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, (string Lines, IReadOnlyList<Diagnostic> Diagnostics)> _inBody = new(StringComparer.Ordinal);
    private (IReadOnlyList<Taxonomy> Table, byte[] Key)? _taxonomies;
    // What every entry's key starts with (the code version alone is some hundreds of characters).
    private readonly byte[] _keyPrefix = Encoding.UTF8.GetBytes($"{Magic}\n{Layout}\n{codeVersion}\n");
    private int _parsed;

    /// <summary>
    /// The entries every build reads: each file's main entry (named by its key alone; its texts and derived entries
    /// have a kind after a dot) and the checks across documents. Kept in one run of their pack and read in one read.
    /// </summary>
    internal static bool IsMain(string name) => !name.Contains('.');

    /// <summary>How many files were parsed and rendered (the others came from the cache).</summary>
    public int Parsed => _parsed;

    /// <summary>
    /// Reads one file for <see cref="ContentLoader.Load"/>: from the cache when it holds these bytes of this path (by
    /// <paramref name="hash"/>, their SHA-256 when known, without reading the file), otherwise from the bytes
    /// <paramref name="read"/> gives (with their hash when it knows it) with <see cref="ContentLoader.ReadFile"/> and
    /// <paramref name="render"/>, keeping the result under the hash of the bytes it was made from, with the lines of its
    /// type's template (<paramref name="templateLines"/>) left in its body (<see cref="InBody"/>).
    /// </summary>
    public FileRead Read(string path, byte[]? hash, Func<(byte[] Bytes, byte[]? Hash)> read, IReadOnlyList<Taxonomy> taxonomies,
        Func<string, RenderedMarkdown> render, IReadOnlyDictionary<DocumentType, IReadOnlySet<string>> templateLines)
    {
        var expected = hash is null ? null : KeyOf(path, hash, taxonomies);
        if (expected is not null && Cached(path, expected) is { } known) return known;
        var (content, contentHash) = read();
        var key = KeyOf(path, contentHash ?? SHA256.HashData(content), taxonomies);
        // Bytes other than those hashed before (the file changed meanwhile) may still be in the cache.
        if (key != expected && Cached(path, key) is { } cached) return cached;
        _keys[path] = key;
        Interlocked.Increment(ref _parsed);
        var file = ContentLoader.ReadFile(path, ContentLoader.Decode(content), taxonomies);
        var markdown = file.Document is { } document ? render(document.Body) : null;
        var documentKey = file.Document is null ? null : SiteKey.DocumentKey(file.Document);
        if (markdown is not null) _markdown[path] = markdown;
        if (documentKey is not null) _documentKeys[path] = documentKey;
        (string, IReadOnlyList<Diagnostic>)? inBody = null;
        if (file.Document is { } parsed && templateLines.GetValueOrDefault(parsed.Type) is var lines)
        {
            _inBody[path] = (inBody = (TemplateKey(lines), TemplateText.InBody(parsed, lines).ToList())).Value;
        }
        Save(key, file, markdown, documentKey, inBody);
        return file;
    }

    // The entry under this key, with its texts, or null.
    private FileRead? Cached(string path, string key)
    {
        if (!HasTexts(key) || TryLoad(LoadShared(key), TextsOf(path, key)) is not { } cached) return null;
        _keys[path] = key;
        if (cached.Markdown is not null) _markdown[path] = cached.Markdown;
        if (cached.DocumentKey is not null) _documentKeys[path] = cached.DocumentKey;
        if (cached.InBody is { } inBody) _inBody[path] = inBody;
        return cached.Read;
    }

    /// <summary>
    /// The rendered Markdown of a document read through <see cref="Read"/>, handed over once: the build drops a page's
    /// text when it no longer needs it, which a second reference here would prevent.
    /// </summary>
    public RenderedMarkdown? MarkdownOf(Document document) => _markdown.TryRemove(document.SourcePath, out var markdown) ? markdown : null;

    /// <summary>
    /// Something that follows from a document's file alone (as <paramref name="compute"/> makes it: lines of text), kept
    /// beside its entry under <paramref name="kind"/>.
    /// </summary>
    public IReadOnlyCollection<string> Derived(Document document, string kind, Func<IReadOnlyCollection<string>> compute)
    {
        if (!_keys.TryGetValue(document.SourcePath, out var key)) return compute();
        var name = $"{key}.{kind}";
        if (Load(name) is { } bytes && Lines(bytes) is { } kept) return kept;
        var made = compute();
        Keep(name, LineBytes(made));
        return made;
    }

    /// <summary>The <see cref="SiteKey.DocumentKey"/> of a document read through <see cref="Read"/>, kept with its file's entry; or null.</summary>
    public byte[]? DocumentKeyOf(Document document) => _documentKeys.GetValueOrDefault(document.SourcePath);

    /// <summary>
    /// The diagnostics of the checks across documents (<paramref name="check"/>, <see cref="ContentValidator.Across"/>),
    /// kept under the key of what they follow from: every document's <see cref="SiteKey.DocumentKey"/> in order (its
    /// path, type, address and front matter: not its body), the taxonomy table, the culture and the code. An edit of
    /// a page's body keeps them; an entry that cannot be read whole is worked out again.
    /// </summary>
    public IReadOnlyList<Diagnostic> Checks(IReadOnlyList<Document> documents, IReadOnlyList<Taxonomy> taxonomies, Func<IReadOnlyList<Diagnostic>> check) =>
        KeptAcross("checks", [], documents, taxonomies, check);

    /// <summary>
    /// The address guard's diagnostics against the previous build's address manifest (<paramref name="previousManifest"/>,
    /// the bytes of its file), kept as <see cref="Checks"/> are, under the key of those bytes as well: while the published
    /// addresses and every document's front matter stay as they were, the manifest is not parsed again.
    /// </summary>
    public IReadOnlyList<Diagnostic> Guard(byte[] previousManifest, IReadOnlyList<Document> documents, IReadOnlyList<Taxonomy> taxonomies,
        Func<IReadOnlyList<Diagnostic>> check) =>
        KeptAcross("guard", SHA256.HashData(previousManifest), documents, taxonomies, check);

    // Diagnostics that follow from every document's front matter (and from what else keys them), kept under kind-<key>.
    private IReadOnlyList<Diagnostic> KeptAcross(string kind, byte[] also, IReadOnlyList<Document> documents, IReadOnlyList<Taxonomy> taxonomies,
        Func<IReadOnlyList<Diagnostic>> check)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{Magic}\n{kind}\n{codeVersion}\n{System.Globalization.CultureInfo.CurrentCulture.Name}\n{documents.Count}\n"));
        hash.AppendData(_taxonomies is { } known && ReferenceEquals(known.Table, taxonomies) ? known.Key : TableKey(taxonomies));
        hash.AppendData(also);
        foreach (var document in documents)
        {
            if (DocumentKeyOf(document) is not { } key) return check();
            hash.AppendData(key);
        }
        return KeptDiagnostics($"{kind}-{Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant()}", check);
    }

    /// <summary>
    /// The lines of its template left in a document's body (<see cref="TemplateText.InBody"/> with its type's template
    /// <paramref name="lines"/>): kept in its file's entry with the key of the lines it was checked against when the file
    /// was read, or beside the entry under the key of other lines (a template changed since). A body is read again
    /// only when its file or its type's template changed, so after an edit the unchanged bodies stay in the cache, unread.
    /// </summary>
    public IEnumerable<Diagnostic> InBody(Document document, IReadOnlySet<string>? lines)
    {
        var linesKey = TemplateKey(lines);
        if (_inBody.TryGetValue(document.SourcePath, out var known) && known.Lines == linesKey) return known.Diagnostics;
        if (lines is null || lines.Count == 0 || !_keys.TryGetValue(document.SourcePath, out var key)) return TemplateText.InBody(document, lines);
        return KeptDiagnostics($"{key}.template-{linesKey}", () => TemplateText.InBody(document, lines).ToList());
    }

    // Diagnostics kept in the cache under a name that keys what they follow from; made and kept when not there whole.
    private IReadOnlyList<Diagnostic> KeptDiagnostics(string name, Func<IReadOnlyList<Diagnostic>> make)
    {
        if (Load(name) is { } entry && ReadDiagnostics(entry) is { } kept) return kept;
        var made = make();
        Keep(name, DiagnosticsEntry(made));
        return made;
    }

    // The key of a template's lines (in ordinal order, each on its own line); empty for no lines.
    private string TemplateKey(IReadOnlySet<string>? lines) => lines is null || lines.Count == 0 ? "" : _templateKeys.GetOrAdd(lines, static lines =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(lines.Order(StringComparer.Ordinal).Select(l => l + "\n")))))[..32]);

    private static byte[] DiagnosticsEntry(IReadOnlyList<Diagnostic> diagnostics)
    {
        var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            WriteList(writer, diagnostics, d => WriteDiagnostic(writer, d));
            writer.Write(Magic);
        }
        return buffer.ToArray();
    }

    private static IReadOnlyList<Diagnostic>? ReadDiagnostics(byte[] entry)
    {
        try
        {
            using var reader = new EntryReader(entry);
            if (reader.ReadString() != Magic) return null;
            var diagnostics = ReadList(reader, () => ReadDiagnostic(reader));
            return reader.ReadString() == Magic && reader.BaseStream.Position == reader.BaseStream.Length ? diagnostics : null;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The key of a document's file read through <see cref="Read"/> (its entry's name), or null.</summary>
    public string? KeyOf(Document document) => _keys.GetValueOrDefault(document.SourcePath);

    /// <summary>
    /// The kept <see cref="Derived"/> entry <paramref name="kind"/> of the file with this key, or null: for a file this
    /// build no longer has (its entry is not kept for the next build by this).
    /// </summary>
    public IReadOnlyCollection<string>? Kept(string key, string kind) =>
        (_added.Read($"{key}.{kind}") ?? _base.Read($"{key}.{kind}")) is { } bytes ? Lines(bytes) : null;

    private static ArraySegment<string>? Lines(byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        // The last line is the end mark: an entry cut short is made again.
        // Not a conditional with null: null would turn into an empty segment through ArraySegment's conversion from arrays.
        if (lines.Length == 0 || lines[^1] != Magic) return null;
        return new ArraySegment<string>(lines, 0, lines.Length - 1);
    }

    /// <summary>Keeps the kept <see cref="Derived"/> entry <paramref name="kind"/> of a document for the next build without reading it.</summary>
    public void Retain(Document document, string kind)
    {
        if (!_keys.TryGetValue(document.SourcePath, out var key)) return;
        var name = $"{key}.{kind}";
        if (_added.SizeOf(name) > 0 || _base.SizeOf(name) > 0) _used[name] = true;
    }

    /// <summary>
    /// Keeps what this build used, and nothing else, for the next build: the entries it made go into the small pack
    /// beside the base; when that pack would grow past a quarter of the base, or a quarter of the base is no longer
    /// used, everything used is written into a new base instead.
    /// </summary>
    public void Complete()
    {
        var used = _used.Keys.ToHashSet(StringComparer.Ordinal);
        var fresh = _fresh.IsValueCreated ? _fresh.Value : null;
        ContentPack? made = null;
        try
        {
            if (fresh is not null && used.All(fresh.Has))
            {
                // A build that made every entry it used (a cold build): its pack is the new base as it is.
                fresh.Finish(Path.Combine(folder, BasePack));
                return;
            }
            if (fresh is not null)
            {
                fresh.Finish(fresh.Path + ".pack");
                made = ContentPack.Open(fresh.Path + ".pack");
            }
            var baseUsed = _base.Names.Where(used.Contains).Sum(n => (long)_base.SizeOf(n));
            var added = new[] { _added, made }.OfType<ContentPack>()
                .SelectMany(p => p.Names.Where(n => used.Contains(n) && _base.SizeOf(n) == 0).Select(n => p.SizeOf(n))).Sum(s => (long)s);
            if (made is null && added == _added.Size && baseUsed == _base.Size) return; // nothing new, nothing unused
            var rewrite = _base.Size - baseUsed > _base.Size / 4 || added > _base.Size / 4;
            using var pack = new ContentPack.Writer(Path.Combine(folder, $"pack-{Guid.NewGuid():N}.tmp"), IsMain);
            // Entries made in this build first: an entry made again (its kept bytes could not be read) replaces the kept one.
            foreach (var source in new[] { made, _added, rewrite ? _base : null }.OfType<ContentPack>())
            {
                foreach (var name in source.Names.Where(n => used.Contains(n) && (rewrite || _base.SizeOf(n) == 0)))
                {
                    if (source.Read(name) is { } bytes) pack.Add(name, bytes);
                }
            }
            pack.Finish(Path.Combine(folder, rewrite ? BasePack : AddedPack));
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            // Not kept: the next build reads those files again.
        }
        finally
        {
            made?.Dispose();
            Dispose();
            RemoveOthers();
        }
    }

    /// <summary>Removes every file of the folder but the packs: earlier layouts' entries, packs of builds that stopped.</summary>
    private void RemoveOthers()
    {
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder).ToList())
        {
            var name = Path.GetFileName(file);
            if (name is BasePack or AddedPack) continue;
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (WholeFile.IsFileSystemFault(e))
            {
                // In use; the next build removes it.
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _base.Dispose();
        _added.Dispose();
        if (_fresh.IsValueCreated) _fresh.Value.Dispose();
    }

    private byte[]? Load(string name)
    {
        _used[name] = true;
        return _added.Read(name) ?? _base.Read(name);
    }

    // As Load, the bytes of a main entry not copied out of those read together (only decoded, never kept).
    private ArraySegment<byte>? LoadShared(string name)
    {
        _used[name] = true;
        return _added.ReadShared(name) ?? _base.ReadShared(name);
    }

    // The lines, each ended by a line break, then the end mark, as UTF-8: written straight into one array.
    private static byte[] LineBytes(IReadOnlyCollection<string> lines)
    {
        var length = Encoding.UTF8.GetByteCount(Magic) + lines.Count;
        foreach (var line in lines) length += Encoding.UTF8.GetByteCount(line);
        var bytes = new byte[length];
        var at = 0;
        foreach (var line in lines)
        {
            at += Encoding.UTF8.GetBytes(line, bytes.AsSpan(at));
            bytes[at++] = (byte)'\n';
        }
        Encoding.UTF8.GetBytes(Magic, bytes.AsSpan(at));
        return bytes;
    }

    private void Keep(string name, byte[] bytes)
    {
        // What a build makes it uses: an edited file's entry is kept for the next builds, not parsed again in each.
        _used[name] = true;
        try
        {
            _fresh.Value.Add(name, bytes);
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            // Not kept: made again next time.
        }
    }

    private string KeyOf(string path, byte[] hash, IReadOnlyList<Taxonomy> taxonomies)
    {
        var table = _taxonomies is { } known && ReferenceEquals(known.Table, taxonomies) ? known.Key : TableKey(taxonomies);
        using var key = new HashInput(_keyPrefix.Length + 3 * path.Length + table.Length + hash.Length + 1);
        key.Append(_keyPrefix);
        key.Append(path);
        key.Append('\n');
        key.Append(table);
        key.Append(hash);
        return key.ToKey();
    }

    private byte[] TableKey(IReadOnlyList<Taxonomy> taxonomies)
    {
        var key = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(taxonomies, CacheJson.Default.IReadOnlyListTaxonomy));
        _taxonomies = (taxonomies, key);
        return key;
    }

    // An entry's texts are kept beside it and read only when a page or index part is made again; the entry counts only
    // with them, and they are kept for the next build with it.
    private bool HasTexts(string key)
    {
        var name = $"{key}.{Texts}";
        if (_added.SizeOf(name) == 0 && _base.SizeOf(name) == 0) return false;
        _used[name] = true;
        return true;
    }

    /// <summary>
    /// Reads the HTML (<c>0</c>), the plain text (<c>1</c>) or the Markdown body (<c>2</c>) of the file at
    /// <paramref name="path"/> from its texts entry.
    /// An entry that cannot be read then fails the build, which starts again without the cache (<see cref="SiteBuilder"/>).
    /// </summary>
    private Func<int, string> TextsOf(string path, string key) => which =>
    {
        var name = $"{key}.{Texts}";
        try
        {
            if ((_added.Read(name) ?? _base.Read(name)) is { } entry)
            {
                using var reader = new EntryReader(entry);
                if (reader.ReadString() == Magic)
                {
                    string? text = null;
                    for (var i = 0; i < 3; i++)
                    {
                        if (i == which) text = reader.ReadString();
                        else reader.SkipString();
                    }
                    if (text is not null && reader.ReadString() == Magic && reader.BaseStream.Position == reader.BaseStream.Length) return text;
                }
            }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new InvalidDataException($"the build cache's texts of {path} cannot be read", e);
        }
        throw new InvalidDataException($"the build cache's texts of {path} cannot be read");
    };

    private static (FileRead Read, RenderedMarkdown? Markdown, byte[]? DocumentKey, (string, IReadOnlyList<Diagnostic>)? InBody)? TryLoad(ArraySegment<byte>? entry, Func<int, string> texts)
    {
        if (entry is null) return null;
        try
        {
            using var reader = new EntryReader(entry.Value);
            if (reader.ReadString() != Magic) return null;
            var diagnostics = ReadList(reader, () => ReadDiagnostic(reader));
            Document? document = null;
            RenderedMarkdown? markdown = null;
            byte[]? documentKey = null;
            (string, IReadOnlyList<Diagnostic>)? inBody = null;
            if (reader.ReadBoolean())
            {
                document = ReadDocument(reader, () => texts(2));
                documentKey = reader.ReadBytes(SHA256.HashSizeInBytes);
                if (documentKey.Length != SHA256.HashSizeInBytes) return null;
                markdown = new RenderedMarkdown(() => texts(0), () => texts(1),
                    ReadList(reader, () => new Heading(reader.ReadInt32(), reader.ReadString(), reader.ReadString())),
                    ReadList(reader, () => new ContentLink(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadBoolean(), reader.ReadBoolean())));
                inBody = (reader.ReadString(), ReadList(reader, () => ReadDiagnostic(reader)));
            }
            // The end mark: an entry cut short is never taken for a whole one.
            if (reader.ReadString() != Magic || reader.BaseStream.Position != reader.BaseStream.Length) return null;
            return (new FileRead(document, diagnostics), markdown, documentKey, inBody);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    private void Save(string key, FileRead read, RenderedMarkdown? markdown, byte[]? documentKey, (string Lines, IReadOnlyList<Diagnostic> Diagnostics)? inBody)
    {
        var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            WriteList(writer, read.Diagnostics, d => WriteDiagnostic(writer, d));
            writer.Write(read.Document is not null && markdown is not null && documentKey is not null && inBody is not null);
            if (read.Document is { } document && markdown is not null && documentKey is not null && inBody is { } template)
            {
                WriteDocument(writer, document);
                writer.Write(documentKey);
                WriteList(writer, markdown.Headings, h =>
                {
                    writer.Write(h.Level);
                    writer.Write(h.Text);
                    writer.Write(h.Id);
                });
                WriteList(writer, markdown.Links, l =>
                {
                    writer.Write(l.Url);
                    writer.Write(l.Line);
                    writer.Write(l.Column);
                    writer.Write(l.IsImage);
                    writer.Write(l.HasAltText);
                });
                writer.Write(template.Lines);
                WriteList(writer, template.Diagnostics, d => WriteDiagnostic(writer, d));
            }
            writer.Write(Magic);
        }
        Keep(key, buffer.ToArray());
        if (read.Document is null || markdown is null) return;
        buffer.SetLength(0);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(markdown.Html);
            writer.Write(markdown.PlainText);
            // The body is needed again only for a check whose result is not kept (InBody): not decoded with the document.
            writer.Write(read.Document.Body);
            writer.Write(Magic);
        }
        Keep($"{key}.{Texts}", buffer.ToArray());
    }

    private static void WriteDiagnostic(BinaryWriter writer, Diagnostic diagnostic)
    {
        writer.Write(diagnostic.Path);
        writer.Write(diagnostic.Line);
        writer.Write(diagnostic.Column);
        writer.Write((int)diagnostic.Severity);
        writer.Write(diagnostic.Message);
    }

    private static Diagnostic ReadDiagnostic(BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), (Severity)reader.ReadInt32(), reader.ReadString());

    private static void WriteDocument(BinaryWriter writer, Document document)
    {
        writer.Write(document.SourcePath);
        writer.Write((int)document.Type);
        writer.Write(document.Slug);
        writer.Write(document.Url);
        writer.Write(document.Circle is not null);
        if (document.Circle is { } circle) writer.Write(circle);
        var frontMatter = document.FrontMatter;
        WriteNode(writer, frontMatter.Root);
        writer.Write(frontMatter.BodyLine);
        WriteList(writer, frontMatter.ExampleFields, f => WriteField(writer, f));
    }

    private static Document ReadDocument(BinaryReader reader, Func<string> body)
    {
        var path = reader.ReadString();
        var type = (DocumentType)reader.ReadInt32();
        var slug = reader.ReadString();
        var url = reader.ReadString();
        var circle = reader.ReadBoolean() ? reader.ReadString() : null;
        var root = (FrontMatterMap)ReadNode(reader);
        var frontMatter = FrontMatter.Restore(root, body, reader.ReadInt32(), ReadList(reader, () => ReadField(reader)));
        return new Document { SourcePath = path, Type = type, Slug = slug, Url = url, Circle = circle, FrontMatter = frontMatter };
    }

    private static void WriteNode(BinaryWriter writer, FrontMatterNode node)
    {
        switch (node)
        {
            case FrontMatterScalar scalar:
                writer.Write((byte)0);
                writer.Write(scalar.Text);
                break;
            case FrontMatterList list:
                writer.Write((byte)1);
                WriteList(writer, list.Items, i => WriteNode(writer, i));
                break;
            case FrontMatterMap map:
                writer.Write((byte)2);
                WriteList(writer, map.Fields, f => WriteField(writer, f));
                break;
            default:
                throw new InvalidOperationException($"unknown front matter node {node.GetType().Name}");
        }
        writer.Write(node.Line);
        writer.Write(node.Column);
    }

    // Without delegates or closures: about 30 nodes per file, read for every file of every build.
    private static FrontMatterNode ReadNode(BinaryReader reader)
    {
        var kind = reader.ReadByte();
        // The position follows the node's content, so the content is read first.
        switch (kind)
        {
            case 0:
                var text = reader.ReadString();
                return new FrontMatterScalar(text, reader.ReadInt32(), reader.ReadInt32());
            case 1:
                var items = new List<FrontMatterNode>(ReadCount(reader, out var itemCount));
                for (var i = 0; i < itemCount; i++) items.Add(ReadNode(reader));
                return new FrontMatterList(items, reader.ReadInt32(), reader.ReadInt32());
            case 2:
                var fields = new List<FrontMatterField>(ReadCount(reader, out var fieldCount));
                for (var i = 0; i < fieldCount; i++) fields.Add(ReadField(reader));
                return new FrontMatterMap(fields, reader.ReadInt32(), reader.ReadInt32());
            default:
                throw new InvalidDataException($"unknown front matter node {kind}");
        }
    }

    private static void WriteField(BinaryWriter writer, FrontMatterField field)
    {
        writer.Write(field.Key);
        writer.Write(field.Line);
        writer.Write(field.Column);
        WriteNode(writer, field.Value);
    }

    private static FrontMatterField ReadField(BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), ReadNode(reader));

    private static void WriteList<T>(BinaryWriter writer, IReadOnlyList<T> items, Action<T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items) write(item);
    }

    private static IReadOnlyList<T> ReadList<T>(BinaryReader reader, Func<T> read)
    {
        var items = new List<T>(ReadCount(reader, out var count));
        for (var i = 0; i < count; i++) items.Add(read());
        return items;
    }

    // A list's count, and the capacity to start it with (a garbled count cannot make a huge list before it fails).
    private static int ReadCount(BinaryReader reader, out int count)
    {
        count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException("negative count");
        return Math.Min(count, 1024);
    }
}
