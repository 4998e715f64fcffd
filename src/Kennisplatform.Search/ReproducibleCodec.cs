using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Kennisplatform.Search;

/// <summary>
/// Lucene's default codec, except that a segment's diagnostics leave out the time it was written (Lucene puts the
/// wall clock into every <c>.si</c> file), so that the same documents give the same index files on every build. The
/// files are in the default format under the default name: any reader opens them as usual.
/// </summary>
[CodecName("Lucene46")]
public sealed class ReproducibleCodec() : FilterCodec(new Lucene46Codec())
{
    private readonly SegmentInfoFormat _segmentInfo = new TimelessSegmentInfoFormat(new Lucene46SegmentInfoFormat());

    /// <inheritdoc />
    public override SegmentInfoFormat SegmentInfoFormat => _segmentInfo;

    private sealed class TimelessSegmentInfoFormat(SegmentInfoFormat inner) : SegmentInfoFormat
    {
        private readonly SegmentInfoWriter _writer = new TimelessSegmentInfoWriter(inner.SegmentInfoWriter);

        public override SegmentInfoReader SegmentInfoReader => inner.SegmentInfoReader;

        public override SegmentInfoWriter SegmentInfoWriter => _writer;
    }

    private sealed class TimelessSegmentInfoWriter(SegmentInfoWriter inner) : SegmentInfoWriter
    {
        public override void Write(Lucene.Net.Store.Directory dir, SegmentInfo info, FieldInfos fis, IOContext ioContext)
        {
            if (info.Diagnostics is { } diagnostics && diagnostics.ContainsKey("timestamp"))
            {
                info.Diagnostics = diagnostics.Where(d => d.Key != "timestamp").ToDictionary(d => d.Key, d => d.Value);
            }
            inner.Write(dir, info, fis, ioContext);
        }
    }
}
