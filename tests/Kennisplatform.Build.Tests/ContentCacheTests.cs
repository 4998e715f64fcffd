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

    private void WriteBasePack(params (string Name, string Text)[] entries)
    {
        using var writer = new ContentPack.Writer(Path.Combine(_temp.Path, "fresh.tmp"));
        foreach (var (name, text) in entries) writer.Add(name, Encoding.UTF8.GetBytes(text));
        writer.Finish(Path.Combine(_temp.Path, "base.pack"));
    }
}
