namespace Kennisplatform.Search;

/// <summary>
/// Widens a passage to whole sentences: back to just after the previous full stop, question or exclamation mark or
/// line break, and on to the next one (kept), each within <paramref name="maxScan"/> characters; when there is none
/// that close, to a word boundary instead.
/// </summary>
public sealed class SentenceBoundaryScanner(int maxScan = 80)
{
    private const int WordScan = 20;

    /// <summary>Where a passage that would begin at <paramref name="start"/> begins instead.</summary>
    public int FindStartOffset(ReadOnlySpan<char> text, int start)
    {
        if (start > text.Length || start < 1) return start;
        for (var i = start - 1; i >= 0 && start - i <= maxScan; i--)
        {
            if (IsSentenceEnd(text[i])) return SkipSpace(text, i + 1, start);
        }
        if (start <= maxScan) return SkipSpace(text, 0, start); // the text's own start is close: begin there
        for (var i = start - 1; i >= 0 && start - i <= WordScan; i--)
        {
            if (char.IsWhiteSpace(text[i])) return i + 1;
        }
        return start;
    }

    /// <summary>Where a passage that would end at <paramref name="end"/> ends instead.</summary>
    public int FindEndOffset(ReadOnlySpan<char> text, int end)
    {
        if (end > text.Length || end < 0) return end;
        for (var i = end; i < text.Length && i - end <= maxScan; i++)
        {
            if (IsSentenceEnd(text[i])) return i + (text[i] == '\n' ? 0 : 1);
        }
        if (text.Length - end <= maxScan) return text.Length;
        for (var i = end; i < text.Length && i - end <= WordScan; i++)
        {
            if (char.IsWhiteSpace(text[i])) return i;
        }
        return end;
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\n';

    private static int SkipSpace(ReadOnlySpan<char> text, int from, int limit)
    {
        while (from < limit && char.IsWhiteSpace(text[from])) from++;
        return from;
    }
}
