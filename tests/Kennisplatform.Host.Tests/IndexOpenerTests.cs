using Kennisplatform.Search;
using Kennisplatform.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kennisplatform.Host.Tests;

/// <summary>A failed index open is retried after a pause instead of being kept for the build's lifetime.</summary>
public sealed class IndexOpenerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void An_index_that_could_not_be_opened_is_opened_on_a_later_request_once_it_is_there()
    {
        var clock = new ManualClock();
        var attempts = 0;
        using var opener = new IndexOpener(() =>
        {
            attempts++;
            return new SearchService(_temp.Path);
        }, NullLogger.Instance, "test", clock);

        Assert.Null(opener.Value);
        SearchIndexWriter.Write(_temp.Path, [new IndexDocument("/a/", "thema", "Thema", "Damocles", "", [], "Sluiting van panden.", new Dictionary<string, IReadOnlyList<string>>(), [], null, null, null)]);
        Assert.Null(opener.Value);
        Assert.Equal(1, attempts);

        clock.Now += IndexOpener.RetryAfter;
        var opened = opener.Value;

        Assert.NotNull(opened);
        Assert.Equal("/a/", opened.Search(new SearchRequest("damocles")).Hits.Single().Url);
        Assert.Same(opened, opener.Value);
        Assert.Equal(2, attempts);
    }
}
