using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Pages;

namespace Kennisplatform.Build;

/// <summary>
/// The key of everything a page may show of the site besides its own file and its "Zie ook" list: every public
/// document as the build's <see cref="Site"/> holds it (path, type, slug, address, circle and the whole front matter
/// with its positions, in order; the bodies are not part of a <see cref="Site"/>), the taxonomy table, the site's
/// address, the culture (titles are ordered by its rules) and the code. A <see cref="Site"/> is made from nothing else, so the listings, feeds, sitemap and JSON
/// lists follow from this key alone, and a document page from this key, its file and its "Zie ook" list.
/// </summary>
public static class SiteKey
{
    private const string Version = "site-key-v2";

    /// <summary>
    /// The key (lower-case hex SHA-256) of <paramref name="documents"/> in this order with the rest of the site's input;
    /// <paramref name="documentKey"/> gives a document's <see cref="DocumentKey"/> when it is known (kept with its file).
    /// </summary>
    public static string Of(IReadOnlyList<Document> documents, IReadOnlyList<Taxonomy> taxonomies, SiteSettings settings, string codeVersion,
        Func<Document, byte[]?>? documentKey = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = new KeyWriter(hash);
        writer.Text(Version);
        writer.Text(codeVersion);
        writer.Text(settings.BaseUrl);
        // The site orders titles by the culture's rules (Site), so the same documents may be ordered otherwise elsewhere.
        writer.Text(System.Globalization.CultureInfo.CurrentCulture.Name);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(taxonomies, CacheJson.Default.IReadOnlyListTaxonomy));
        writer.Number(documents.Count);
        foreach (var document in documents)
        {
            hash.AppendData(documentKey?.Invoke(document) ?? DocumentKey(document));
            // The body is empty once rendered (Document.WithoutBody); hashed all the same, so a body left in is covered too.
            writer.Text(document.FrontMatter.Body);
        }
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>
    /// The SHA-256 of one document as a <see cref="Site"/> holds it, its body left out: path, type, slug, address, circle
    /// and the whole front matter with its positions. It follows from the document's file, so the content cache keeps it
    /// with the file's entry, and the checks across documents are keyed by it too (<see cref="ContentCache.Checks"/>).
    /// </summary>
    public static byte[] DocumentKey(Document document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(new KeyWriter(hash), document);
        return hash.GetHashAndReset();
    }

    /// <summary>The key of a group of outputs (<paramref name="group"/>) that follow from the site alone; null without a site key.</summary>
    public static string? For(string group, string? siteKey) => siteKey is null
        ? null
        : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Version}\n{group}\n{siteKey}"))).ToLowerInvariant();

    /// <summary>
    /// Every property a <see cref="Document"/> and its <see cref="FrontMatter"/> have, by name, as this key covers them;
    /// a test compares this list with the types' properties, so a property added later cannot be left out unnoticed.
    /// </summary>
    public static IReadOnlyList<string> Covered { get; } =
    [
        "Document.SourcePath", "Document.Type", "Document.Slug", "Document.Url", "Document.Circle", "Document.FrontMatter",
        "FrontMatter.Root", "FrontMatter.Body", "FrontMatter.BodyLine", "FrontMatter.ExampleFields",
    ];

    private static void Append(KeyWriter writer, Document document)
    {
        writer.Text(document.SourcePath);
        writer.Number((int)document.Type);
        writer.Text(document.Slug);
        writer.Text(document.Url);
        writer.Text(document.Circle);
        var frontMatter = document.FrontMatter;
        writer.Number(frontMatter.BodyLine);
        Append(writer, frontMatter.Root);
        writer.Number(frontMatter.ExampleFields.Count);
        foreach (var field in frontMatter.ExampleFields) Append(writer, field);
    }

    private static void Append(KeyWriter writer, FrontMatterField field)
    {
        writer.Text(field.Key);
        writer.Number(field.Line);
        writer.Number(field.Column);
        Append(writer, field.Value);
    }

    private static void Append(KeyWriter writer, FrontMatterNode node)
    {
        writer.Number(node.Line);
        writer.Number(node.Column);
        switch (node)
        {
            case FrontMatterScalar scalar:
                writer.Number(0);
                writer.Text(scalar.Text);
                break;
            case FrontMatterList list:
                writer.Number(1);
                writer.Number(list.Items.Count);
                foreach (var item in list.Items) Append(writer, item);
                break;
            case FrontMatterMap map:
                writer.Number(2);
                writer.Number(map.Fields.Count);
                foreach (var field in map.Fields) Append(writer, field);
                break;
            default:
                throw new InvalidOperationException($"unknown front matter node {node.GetType().Name}");
        }
    }

    /// <summary>Values into a hash, each text with its length first, so that no two sequences of values hash alike.</summary>
    private sealed class KeyWriter(IncrementalHash hash)
    {
        private readonly byte[] _number = new byte[4];

        public void Number(int value)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(_number, value);
            hash.AppendData(_number);
        }

        public void Text(string? text)
        {
            if (text is null)
            {
                Number(-1);
                return;
            }
            Number(text.Length);
            hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
        }
    }
}
