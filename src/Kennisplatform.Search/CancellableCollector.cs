using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Kennisplatform.Search;

/// <summary>
/// Wraps a collector so that a search stops when its token is cancelled (the search's time budget or the host's
/// request timeout): every collected document and every index segment checks the token and throws
/// <see cref="OperationCanceledException"/>. Lucene's <c>TimeLimitingCollector</c> keeps time with a global timer
/// thread of its own; a token lets the host decide what ends a search.
/// </summary>
public sealed class CancellableCollector(ICollector inner, CancellationToken cancel) : ICollector
{
    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    /// <inheritdoc />
    public void Collect(int doc)
    {
        cancel.ThrowIfCancellationRequested();
        inner.Collect(doc);
    }

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        cancel.ThrowIfCancellationRequested();
        inner.SetNextReader(context);
    }
}
