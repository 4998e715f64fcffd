using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Pages.Markdown;

namespace Kennisplatform.Build;

/// <summary>
/// What reading and rendering each content file gave (its document, its diagnostics and its rendered Markdown), kept in
/// a folder of the build cache under the key of everything it follows from: the code, the taxonomy table, the file's
/// path and its text. After an edit only the edited file is parsed and rendered again; the checks across documents
/// (references, links, addresses) still run over all of them, in memory.
/// Entries are in a compact binary form (reading them back is most of what an edit's check costs), written aside and
/// moved into place complete; an entry that cannot be read is read from its file again.
/// </summary>
public sealed class ContentCache(string folder, string codeVersion)
{
    private const string Magic = "kp-content-v1";
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RenderedMarkdown> _markdown = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);
    private (IReadOnlyList<Taxonomy> Table, byte[] Key)? _taxonomies;
    private int _parsed;

    /// <summary>The keys of the entries this build used.</summary>
    public IReadOnlyCollection<string> Used => _used.Keys.ToList();

    /// <summary>How many files were parsed and rendered (the others came from the cache).</summary>
    public int Parsed => _parsed;

    /// <summary>
    /// Reads one file for <see cref="ContentLoader.Load"/>: from the cache when it holds this text of this path,
    /// otherwise with <see cref="ContentLoader.ReadFile"/> and <paramref name="render"/>, keeping the result.
    /// </summary>
    public FileRead Read(string path, string text, IReadOnlyList<Taxonomy> taxonomies, Func<string, RenderedMarkdown> render)
    {
        var key = KeyOf(path, text, taxonomies);
        _used[key] = true;
        _keys[path] = key;
        var file = Path.Combine(folder, key);
        if (TryLoad(file) is { } cached)
        {
            if (cached.Markdown is not null) _markdown[path] = cached.Markdown;
            return cached.Read;
        }
        Interlocked.Increment(ref _parsed);
        var read = ContentLoader.ReadFile(path, text, taxonomies);
        var markdown = read.Document is { } document ? render(document.Body) : null;
        if (markdown is not null) _markdown[path] = markdown;
        Save(file, read, markdown);
        return read;
    }

    /// <summary>The rendered Markdown of a document read through <see cref="Read"/>.</summary>
    public RenderedMarkdown? MarkdownOf(Document document) => _markdown.GetValueOrDefault(document.SourcePath);

    /// <summary>
    /// Something that follows from a document's file alone (as <paramref name="compute"/> makes it: lines of text), kept
    /// beside its entry under <paramref name="kind"/>.
    /// </summary>
    public IReadOnlyCollection<string> Derived(Document document, string kind, Func<IReadOnlyCollection<string>> compute)
    {
        if (!_keys.TryGetValue(document.SourcePath, out var key)) return compute();
        var file = Path.Combine(folder, $"{key}.{kind}");
        try
        {
            var lines = File.ReadAllText(file).Split('\n');
            // The last line is the end mark: a file cut short is made again.
            if (lines.Length > 0 && lines[^1] == Magic) return lines[..^1];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not there yet: made below.
        }
        var made = compute();
        try
        {
            var temporary = $"{file}.tmp-{Guid.NewGuid():N}";
            File.WriteAllText(temporary, string.Concat(made.Select(l => l + "\n")) + Magic);
            File.Move(temporary, file, overwrite: true);
        }
        catch (IOException)
        {
            // Not kept: made again next time.
        }
        return made;
    }

    private string KeyOf(string path, string text, IReadOnlyList<Taxonomy> taxonomies)
    {
        var table = _taxonomies is { } known && ReferenceEquals(known.Table, taxonomies) ? known.Key : TableKey(taxonomies);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{Magic}\n{codeVersion}\n{path}\n"));
        hash.AppendData(table);
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    private byte[] TableKey(IReadOnlyList<Taxonomy> taxonomies)
    {
        var key = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(taxonomies));
        _taxonomies = (taxonomies, key);
        return key;
    }

    private static (FileRead Read, RenderedMarkdown? Markdown)? TryLoad(string file)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(file)), Encoding.UTF8);
            if (reader.ReadString() != Magic) return null;
            var diagnostics = ReadList(reader, () => new Diagnostic(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(),
                (Severity)reader.ReadInt32(), reader.ReadString()));
            Document? document = null;
            RenderedMarkdown? markdown = null;
            if (reader.ReadBoolean())
            {
                document = ReadDocument(reader);
                markdown = new RenderedMarkdown(reader.ReadString(), reader.ReadString(),
                    ReadList(reader, () => new Heading(reader.ReadInt32(), reader.ReadString(), reader.ReadString())),
                    ReadList(reader, () => new ContentLink(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadBoolean(), reader.ReadBoolean())));
            }
            // The end mark: an entry cut short is never taken for a whole one.
            if (reader.ReadString() != Magic || reader.BaseStream.Position != reader.BaseStream.Length) return null;
            return (new FileRead(document, diagnostics), markdown);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    private static void Save(string file, FileRead read, RenderedMarkdown? markdown)
    {
        var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            WriteList(writer, read.Diagnostics, d =>
            {
                writer.Write(d.Path);
                writer.Write(d.Line);
                writer.Write(d.Column);
                writer.Write((int)d.Severity);
                writer.Write(d.Message);
            });
            writer.Write(read.Document is not null && markdown is not null);
            if (read.Document is { } document && markdown is not null)
            {
                WriteDocument(writer, document);
                writer.Write(markdown.Html);
                writer.Write(markdown.PlainText);
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
            }
            writer.Write(Magic);
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temporary = $"{file}.tmp-{Guid.NewGuid():N}";
            File.WriteAllBytes(temporary, buffer.ToArray());
            File.Move(temporary, file, overwrite: true);
        }
        catch (IOException)
        {
            // Not kept: the next build reads the file again.
        }
    }

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
        writer.Write(frontMatter.Body);
        writer.Write(frontMatter.BodyLine);
        WriteList(writer, frontMatter.ExampleFields, f => WriteField(writer, f));
    }

    private static Document ReadDocument(BinaryReader reader)
    {
        var path = reader.ReadString();
        var type = (DocumentType)reader.ReadInt32();
        var slug = reader.ReadString();
        var url = reader.ReadString();
        var circle = reader.ReadBoolean() ? reader.ReadString() : null;
        var root = (FrontMatterMap)ReadNode(reader);
        var frontMatter = FrontMatter.Restore(root, reader.ReadString(), reader.ReadInt32(), ReadList(reader, () => ReadField(reader)));
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

    private static FrontMatterNode ReadNode(BinaryReader reader)
    {
        var kind = reader.ReadByte();
        return kind switch
        {
            0 => Positioned(reader.ReadString(), (text, line, column) => new FrontMatterScalar(text, line, column)),
            1 => Positioned(ReadList(reader, () => ReadNode(reader)), (items, line, column) => new FrontMatterList(items, line, column)),
            2 => Positioned(ReadList(reader, () => ReadField(reader)), (fields, line, column) => new FrontMatterMap(fields, line, column)),
            _ => throw new InvalidDataException($"unknown front matter node {kind}"),
        };

        // The position follows the node's content, so the content is read first.
        FrontMatterNode Positioned<T>(T content, Func<T, int, int, FrontMatterNode> make) => make(content, reader.ReadInt32(), reader.ReadInt32());
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
        var count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException("negative count");
        var items = new List<T>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++) items.Add(read());
        return items;
    }
}
