using System.Security.Cryptography;
using System.Text;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>
/// The content folder's files and their hashes: a file is read again whenever it may have changed, and not read when
/// its stamp says it cannot have.
/// </summary>
public sealed class ContentFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Content => _temp["content"];
    private string Stamps => _temp["cache"];

    private string Write(string relative, string text)
    {
        var file = Path.Combine(Content, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    // The file system stamps change times with a clock of a few milliseconds' resolution: files written in the probe's
    // tick are read again on purpose, so the files are given time to be older than the next scan's probe.
    private static void LetTheClockTick() => Thread.Sleep(50);

    private static byte[] Sha(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    private static (string Text, string? Hash) Text((byte[] Bytes, byte[]? Hash) taken) =>
        (Encoding.UTF8.GetString(taken.Bytes), taken.Hash is null ? null : Convert.ToHexString(taken.Hash));

    [Fact]
    public void Files_older_than_the_last_scan_are_not_read_again_and_keep_their_hashes()
    {
        Write("praktijkvoorbeelden/a.md", "een");
        Write("thema/b.md", "twee");
        LetTheClockTick();

        var first = ContentFiles.Scan(Content, Stamps);
        var second = ContentFiles.Scan(Content, Stamps);

        Assert.Equal(2, first.Read);
        Assert.Equal(0, second.Read);
        Assert.Equal(first.Files.Select(f => (f.Path, Convert.ToHexString(f.Hash))), second.Files.Select(f => (f.Path, Convert.ToHexString(f.Hash))));
        Assert.Equal(Sha("twee"), second.HashOf("thema/b.md"));
    }

    [Fact]
    public void A_file_rewritten_with_the_same_size_and_modification_time_is_read_again()
    {
        var file = Write("praktijkvoorbeelden/a.md", "een");
        var written = File.GetLastWriteTimeUtc(file);
        LetTheClockTick();
        ContentFiles.Scan(Content, Stamps);

        // What a same-size edit followed by `touch -d` (or an editor that keeps times) leaves: only the change time differs.
        File.WriteAllText(file, "nee");
        File.SetLastWriteTimeUtc(file, written);
        var after = ContentFiles.Scan(Content, Stamps);

        Assert.Equal(1, after.Read);
        Assert.Equal(Sha("nee"), after.HashOf("praktijkvoorbeelden/a.md"));
    }

    [Fact]
    public void A_file_changed_right_after_a_scan_is_read_again_however_close_the_times()
    {
        // No pause: the file, the probe and the rewrite may share one clock tick, which must never hide the rewrite.
        var file = Write("a.md", "een");
        var written = File.GetLastWriteTimeUtc(file);
        ContentFiles.Scan(Content, Stamps);
        File.WriteAllText(file, "nee");
        File.SetLastWriteTimeUtc(file, written);

        var after = ContentFiles.Scan(Content, Stamps);

        Assert.Equal(Sha("nee"), after.HashOf("a.md"));
    }

    [Fact]
    public void New_and_removed_files_are_seen_and_the_markdown_read_is_handed_over_once()
    {
        Write("a.md", "een");
        LetTheClockTick();
        ContentFiles.Scan(Content, Stamps);
        Write("b.md", "twee");
        File.Delete(Path.Combine(Content, "a.md"));

        var after = ContentFiles.Scan(Content, Stamps);

        Assert.Equal(["b.md"], after.Files.Select(f => f.Path));
        Assert.Null(after.HashOf("a.md"));
        Assert.Equal(("twee", Convert.ToHexString(Sha("twee"))), Text(after.Take("b.md")));
        File.WriteAllText(Path.Combine(Content, "b.md"), "drie");
        // The kept bytes were handed over: now read from the file, and not taken for the bytes hashed before.
        Assert.Equal(("drie", (string?)null), Text(after.Take("b.md")));
    }

    [Fact]
    public void Stamps_are_kept_one_line_per_file_in_the_layout_earlier_builds_wrote()
    {
        // Path, size, modification and change times, inode, device and the SHA-256 in upper-case hex, tab-separated,
        // then the end mark: a stamps file from an earlier build of this layout is read by later ones.
        var file = Write("praktijk/één.md", "een");
        LetTheClockTick();
        ContentFiles.Scan(Content, Stamps);

        var stamp = FileStamp.Of(file)!.Value;
        Assert.Equal(
            $"praktijk/één.md\t{stamp.Size}\t{stamp.Modified}\t{stamp.Changed}\t{stamp.Inode}\t{stamp.Device}\t{Convert.ToHexString(Sha("een"))}\nkp-file-stamps-v1\n",
            File.ReadAllText(Path.Combine(Stamps, "file-stamps")));
        Assert.Equal(0, ContentFiles.Scan(Content, Stamps).Read);
    }

    [Fact]
    public void Stamps_cut_short_or_garbled_are_not_used()
    {
        Write("a.md", "een");
        Write("b.md", "twee");
        LetTheClockTick();
        ContentFiles.Scan(Content, Stamps);
        var stamps = Path.Combine(Stamps, "file-stamps");
        var whole = File.ReadAllText(stamps);

        File.WriteAllText(stamps, whole[..(whole.Length / 2)]);
        Assert.Equal(2, ContentFiles.Scan(Content, Stamps).Read);

        File.WriteAllText(stamps, whole.Replace('\t', ' '));
        Assert.Equal(2, ContentFiles.Scan(Content, Stamps).Read);
    }

    [Fact]
    public void Without_a_stamp_folder_every_file_is_read()
    {
        Write("a.md", "een");
        LetTheClockTick();
        ContentFiles.Scan(Content, null);

        Assert.Equal(1, ContentFiles.Scan(Content, null).Read);
        Assert.False(Directory.Exists(Stamps));
    }
}
