using Kennisplatform.Testing;

namespace Kennisplatform.Search.Tests;

public sealed class SingleSegmentCopyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Answer(SearchService search, SearchRequest request)
    {
        var result = search.SearchUncached(request);
        return System.Text.Json.JsonSerializer.Serialize(new
        {
            result.Total, result.PageCount, result.Message, result.Suggestion, result.SomeWordsOnly,
            Hits = result.Hits.Select(h => new { h.Url, h.Title, Score = BitConverter.SingleToInt32Bits(h.Score), h.SnippetHtml, h.Themes }),
            Facets = result.Facets.Select(f => new { f.Key, Values = f.Value.Select(c => $"{c.Value}|{c.Count}|{c.Selected}") }),
        });
    }

    [Fact]
    public void The_copy_has_one_segment_and_gives_every_search_the_published_index_gives()
    {
        var published = _temp["index"];
        Assert.True(SegmentedIndex.Write(published) > 1);

        SingleSegmentCopy.Write(published, _temp["copy"]);

        Assert.Equal(1, SingleSegmentCopy.Segments(_temp["copy"]));
        Assert.True(SingleSegmentCopy.Verify(published, _temp["copy"]));
        using var before = new SearchService(published);
        using var after = new SearchService(published, [_temp["copy"]]);
        var requests = SegmentedIndex.Queries.Select(q => new SearchRequest(q))
            .Concat(SegmentedIndex.Queries.Select(q => new SearchRequest(q, Page: 2, PageSize: 5)))
            .Concat([new SearchRequest("aanpak", Sort: SearchSort.Date), new SearchRequest("aanpak", Terms: new Dictionary<string, IReadOnlyList<string>> { ["themes"] = ["horeca"] }, Years: ["2020"])]);
        foreach (var request in requests)
        {
            var expected = Answer(before, request);
            Assert.True(expected.Contains("\"Url\"", StringComparison.Ordinal), $"{request} finds nothing");
            Assert.Equal(expected, Answer(after, request));
        }
    }

    [Fact]
    public void Searched_with_the_closed_part_the_copy_gives_what_the_published_index_gives()
    {
        var published = _temp["index"];
        SegmentedIndex.Write(published);
        SegmentedIndex.Write(_temp["restricted"], pages: 40);
        SingleSegmentCopy.Write(published, _temp["copy"]);

        using var before = new SearchService(published, _temp["restricted"]);
        using var after = new SearchService(published, [_temp["copy"], _temp["restricted"]]);
        foreach (var query in SegmentedIndex.Queries)
        {
            var expected = Answer(before, new SearchRequest(query));
            Assert.Equal(expected, Answer(after, new SearchRequest(query)));
        }
    }

    [Fact]
    public void A_copy_with_a_damaged_file_does_not_verify()
    {
        var published = _temp["index"];
        SegmentedIndex.Write(published);
        SingleSegmentCopy.Write(published, _temp["copy"]);
        var postings = Directory.GetFiles(_temp["copy"], "*.pos").Single();
        var bytes = File.ReadAllBytes(postings);
        bytes[bytes.Length / 2] ^= 0x5a;
        File.WriteAllBytes(postings, bytes);

        Assert.False(SingleSegmentCopy.Verify(published, _temp["copy"]));
    }

    [Fact]
    public void The_key_is_the_same_for_the_same_files_and_changes_with_any_byte()
    {
        SegmentedIndex.Write(_temp["a"]);
        SegmentedIndex.Write(_temp["b"]);
        Assert.Equal(SingleSegmentCopy.Key(_temp["a"]), SingleSegmentCopy.Key(_temp["b"]));

        var file = Directory.GetFiles(_temp["b"], "*.nvd").First();
        var bytes = File.ReadAllBytes(file);
        bytes[^20] ^= 1;
        File.WriteAllBytes(file, bytes);

        Assert.NotEqual(SingleSegmentCopy.Key(_temp["a"]), SingleSegmentCopy.Key(_temp["b"]));
    }
}
