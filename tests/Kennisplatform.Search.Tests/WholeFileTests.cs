using Kennisplatform.Search;
using Kennisplatform.Testing;

namespace Kennisplatform.Search.Tests;

public sealed class WholeFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_written_file_replaces_the_old_one_and_leaves_no_temporary_file_behind()
    {
        var file = _temp["entry"];
        File.WriteAllText(file, "old");

        WholeFile.Write(file, "new"u8.ToArray());

        Assert.Equal("new", File.ReadAllText(file));
        Assert.Equal(["entry"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Replacing_a_file_by_another_link_to_the_same_file_leaves_no_second_name_behind()
    {
        var cached = _temp["cached"];
        File.WriteAllText(cached, "index part");
        var published = Path.Combine(Path.GetDirectoryName(cached)!, "published");
        HardLink.Place(cached, published);

        // What the site output does for a file it holds under another key: a link placed aside, moved over the name.
        WholeFile.Replace(published, aside => HardLink.Place(cached, aside));

        Assert.Equal("index part", File.ReadAllText(published));
        Assert.Equal(["cached", "published"], Directory.GetFiles(Path.GetDirectoryName(cached)!).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_writer_that_fails_halfway_leaves_the_old_file_as_it_was_and_nothing_beside_it()
    {
        var file = _temp["entry"];
        File.WriteAllText(file, "old");

        Assert.Throws<InvalidDataException>(() => WholeFile.Write(file, stream =>
        {
            stream.Write("half of the new"u8);
            throw new InvalidDataException("cut short");
        }));

        Assert.Equal("old", File.ReadAllText(file));
        Assert.Equal(["entry"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_that_is_a_hard_link_is_replaced_and_the_other_name_keeps_the_old_bytes()
    {
        var cached = _temp["cached"];
        var placed = _temp["placed"];
        File.WriteAllText(cached, "kept");
        Assert.True(HardLink.TryCreate(cached, placed));

        WholeFile.Write(placed, "changed"u8.ToArray());

        Assert.Equal("changed", File.ReadAllText(placed));
        Assert.Equal("kept", File.ReadAllText(cached));
    }

    [Fact]
    public void Trying_to_write_where_the_file_system_refuses_is_false_and_leaves_nothing()
    {
        var file = Path.Combine(_temp.Path, "gone", "entry");

        Assert.False(WholeFile.TryWrite(file, stream => stream.Write("x"u8)));

        Assert.False(Directory.Exists(Path.GetDirectoryName(file)));
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void Trying_to_write_lets_faults_of_the_code_through_and_keeps_the_old_file()
    {
        var file = _temp["entry"];
        File.WriteAllText(file, "old");

        Assert.Throws<InvalidOperationException>(() => WholeFile.TryWrite(file, _ => throw new InvalidOperationException("a bug")));

        Assert.Equal("old", File.ReadAllText(file));
        Assert.Equal(["entry"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_writer_that_closes_the_stream_itself_still_gives_the_whole_file()
    {
        var file = _temp["entry"];

        Assert.True(WholeFile.TryWrite(file, stream =>
        {
            using var writer = new StreamWriter(stream);
            writer.Write("all of it");
        }));

        Assert.Equal("all of it", File.ReadAllText(file));
    }

    [Fact]
    public void A_file_made_by_path_is_moved_into_place_only_when_it_was_made()
    {
        var file = _temp["backup"];
        File.WriteAllText(file, "old");

        Assert.Throws<IOException>(() => WholeFile.Replace(file, aside =>
        {
            File.WriteAllText(aside, "partial");
            throw new IOException("disk full");
        }));
        Assert.Equal("old", File.ReadAllText(file));
        Assert.Equal(["backup"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName));

        WholeFile.Replace(file, aside => File.WriteAllText(aside, "new"));
        Assert.Equal("new", File.ReadAllText(file));
    }

    [Fact]
    public async Task Writing_asynchronously_cancelled_halfway_leaves_the_old_file_as_it_was()
    {
        var file = _temp["message.eml"];
        File.WriteAllText(file, "old");
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WholeFile.WriteAsync(file, async (stream, token) =>
        {
            await stream.WriteAsync("half"u8.ToArray(), token);
            await cancel.CancelAsync();
            token.ThrowIfCancellationRequested();
        }, cancel.Token));
        Assert.Equal("old", File.ReadAllText(file));
        Assert.Equal(["message.eml"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName));

        await WholeFile.WriteAsync(file, (stream, token) => stream.WriteAsync("new"u8.ToArray(), token).AsTask());
        Assert.Equal("new", File.ReadAllText(file));
    }
}
