using System.Buffers.Binary;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Kennisplatform.Search;

/// <summary>
/// A finished index folder whose files are hard-linked, not copied, when <c>IndexWriter.AddIndexes</c> takes its
/// segments into another folder's index. Without a lock: it is only read. With <paramref name="copied"/>, each file taken
/// is recorded under its new name with a key of its bytes: <paramref name="key"/> (the key of this folder's content, e.g. a
/// cached part's) and its name here, so that its bytes need not be hashed again.
/// </summary>
internal sealed class LinkingDirectory(string path, string? key = null, System.Collections.Concurrent.ConcurrentDictionary<string, string>? copied = null)
    : SimpleFSDirectory(new DirectoryInfo(path), NoLockFactory.GetNoLockFactory())
{
    public override void Copy(Lucene.Net.Store.Directory to, string src, string dest, IOContext context)
    {
        var source = Path.Combine(Directory.FullName, src);
        CheckFooter(source);
        if (!(to is FSDirectory target && HardLink.TryCreate(source, Path.Combine(target.Directory.FullName, dest))))
        {
            base.Copy(to, src, dest, context);
        }
        if (key is not null) copied?.TryAdd(dest, $"{key}/{src}");
    }

    /// <summary>
    /// Fails unless the file ends with a codec footer, as every index file Lucene writes does: the files are taken into
    /// the index without being read, so a file of the cache cut short or overwritten would otherwise be published. The
    /// check Lucene makes when it opens a segment (<c>CodecUtil.RetrieveChecksum</c>), with one read of the last bytes.
    /// </summary>
    internal static void CheckFooter(string file)
    {
        using var handle = File.OpenHandle(file);
        var length = RandomAccess.GetLength(handle);
        Span<byte> footer = stackalloc byte[16];
        if (length < footer.Length || RandomAccess.Read(handle, footer, length - footer.Length) != footer.Length
            || BinaryPrimitives.ReadInt32BigEndian(footer) != CodecUtil.FOOTER_MAGIC
            || BinaryPrimitives.ReadInt32BigEndian(footer[4..]) != 0
            || (BinaryPrimitives.ReadInt64BigEndian(footer[8..]) & unchecked((long)0xFFFFFFFF00000000)) != 0)
        {
            throw new CorruptIndexException($"no codec footer at the end of {file}");
        }
    }
}
