using System.Text;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>A content pack's entries, and those read together in one read.</summary>
public sealed class ContentPackTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static bool Together(string name) => !name.Contains('.');

    private string Pack => Path.Combine(_temp.Path, "base.pack");

    // Main entries between larger ones, as a build adds them: a file's main entry, then its texts.
    private static readonly (string Name, string Text)[] Entries =
    [
        ("a1", "hoofd a1"), ("a1.texts", new string('t', 5000)), ("b2", "hoofd b2"), ("b2.texts", new string('u', 7000)),
        ("c3", "hoofd c3"), ("c3.words", "aanpak\nkp-content-v1"), ("checks-d4", "controles"),
    ];

    private void Write(Func<string, bool>? together)
    {
        using var writer = new ContentPack.Writer(Pack + ".tmp", together);
        foreach (var (name, text) in Entries) writer.Add(name, Encoding.UTF8.GetBytes(text));
        writer.Finish(Pack);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Every_entry_reads_back_whether_or_not_some_were_written_and_read_together(bool writtenTogether, bool readTogether)
    {
        Write(writtenTogether ? Together : null);
        using var pack = ContentPack.Open(Pack, readTogether ? Together : null);

        Assert.Equal(Entries.Select(e => e.Name).Order(StringComparer.Ordinal), pack.Names.Order(StringComparer.Ordinal));
        foreach (var (name, text) in Entries) Assert.Equal(text, Encoding.UTF8.GetString(pack.Read(name)!));
        Assert.Null(pack.Read("e5"));
    }

    [Fact]
    public void Entries_written_together_are_read_in_one_read_when_the_first_is_asked_for()
    {
        Write(Together);
        using var pack = ContentPack.Open(Pack, Together);
        Assert.Equal("hoofd a1", Encoding.UTF8.GetString(pack.Read("a1")!));

        // The file changed under the open pack after the first main entry was read: the other main entries come from
        // that one read, the texts from the file as it is now.
        Overwrite(Pack, (byte)'x');

        Assert.Equal("hoofd b2", Encoding.UTF8.GetString(pack.Read("b2")!));
        Assert.Equal("controles", Encoding.UTF8.GetString(pack.Read("checks-d4")!));
        Assert.Equal(new string('x', 5000), Encoding.UTF8.GetString(pack.Read("a1.texts")!));
    }

    [Fact]
    public void An_entry_read_together_is_shared_only_where_asked_for()
    {
        Write(Together);
        using var pack = ContentPack.Open(Pack, Together);

        var shared = pack.ReadShared("b2")!.Value;
        var copy = pack.Read("b2")!;
        copy[0] = (byte)'X';

        Assert.Equal("hoofd b2", Encoding.UTF8.GetString(shared));
        Assert.Equal("hoofd b2", Encoding.UTF8.GetString(pack.Read("b2")!));
        Assert.Equal(new string('u', 7000), Encoding.UTF8.GetString(pack.ReadShared("b2.texts")!.Value));
    }

    [Fact]
    public void Entries_scattered_through_the_pack_are_read_each_on_its_own()
    {
        // A pack written without the run (an older one): no span holding other entries is read as one.
        Write(null);
        using var pack = ContentPack.Open(Pack, Together);
        Assert.Equal("hoofd a1", Encoding.UTF8.GetString(pack.Read("a1")!));

        Overwrite(Pack, (byte)'x');

        Assert.Equal("xxxxxxxx", Encoding.UTF8.GetString(pack.Read("b2")!));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_entry_the_file_no_longer_holds_whole_gives_nothing(bool together)
    {
        Write(together ? Together : null);
        using var pack = ContentPack.Open(Pack, together ? Together : null);

        using (var stream = new FileStream(Pack, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete)) stream.SetLength(100);

        Assert.Null(pack.Read("b2.texts"));
        Assert.Null(pack.ReadShared("c3"));
        Assert.Null(pack.Read("checks-d4"));
    }

    // Every byte before the table of contents overwritten in place (the same file, so the open handle sees it).
    private static void Overwrite(string pack, byte with)
    {
        var bytes = File.ReadAllBytes(pack);
        var tableStart = BitConverter.ToInt64(bytes, bytes.Length - 8 - "kp-content-pack-v1".Length);
        using var stream = new FileStream(pack, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        stream.Write(Enumerable.Repeat(with, (int)tableStart).ToArray());
    }
}
