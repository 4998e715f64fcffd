using System.Text;
using Lucene.Net.Search.VectorHighlight;

namespace Kennisplatform.Search;

/// <summary>
/// Widens a highlighted passage to whole sentences: back to just after the previous full stop, question or
/// exclamation mark or line break, and on to the next one (kept), each within <paramref name="maxScan"/> characters;
/// when there is none that close, to a word boundary instead. Lucene's <see cref="SimpleBoundaryScanner"/> stops
/// before the closing full stop, so every passage ended mid-sentence.
/// </summary>
public sealed class SentenceBoundaryScanner(int maxScan = 80) : IBoundaryScanner
{
    private const int WordScan = 20;

    /// <inheritdoc />
    public int FindStartOffset(StringBuilder buffer, int start)
    {
        if (start > buffer.Length || start < 1) return start;
        for (var i = start - 1; i >= 0 && start - i <= maxScan; i--)
        {
            if (IsSentenceEnd(buffer[i])) return SkipSpace(buffer, i + 1, start);
        }
        if (start <= maxScan) return SkipSpace(buffer, 0, start); // the text's own start is close: begin there
        for (var i = start - 1; i >= 0 && start - i <= WordScan; i--)
        {
            if (char.IsWhiteSpace(buffer[i])) return i + 1;
        }
        return start;
    }

    /// <inheritdoc />
    public int FindEndOffset(StringBuilder buffer, int start)
    {
        if (start > buffer.Length || start < 0) return start;
        for (var i = start; i < buffer.Length && i - start <= maxScan; i++)
        {
            if (IsSentenceEnd(buffer[i])) return i + (buffer[i] == '\n' ? 0 : 1);
        }
        if (buffer.Length - start <= maxScan) return buffer.Length;
        for (var i = start; i < buffer.Length && i - start <= WordScan; i++)
        {
            if (char.IsWhiteSpace(buffer[i])) return i;
        }
        return start;
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\n';

    private static int SkipSpace(StringBuilder buffer, int from, int limit)
    {
        while (from < limit && char.IsWhiteSpace(buffer[from])) from++;
        return from;
    }
}
