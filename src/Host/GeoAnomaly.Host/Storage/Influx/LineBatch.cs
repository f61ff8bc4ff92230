using System.Buffers.Text;
using System.IO.Compression;
using System.Text;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Line-protocol lines in one UTF-8 buffer (one <c>/write</c> request), each with its line number in the job.</summary>
/// <remarks>
/// Points are appended without per-point allocations: <see cref="BeginPoint"/>, the <c>Field</c> overloads, then
/// <see cref="EndPoint(long)"/>. NaN and infinite float fields are left out; a point left without fields is dropped (a gap).
/// The buffers are reused after <see cref="Reset"/>.
/// </remarks>
internal sealed partial class LineBatch
{
    private byte[] _buffer;
    private int _length;
    private int[] _ends = new int[256];
    private long[] _numbers = new long[256];
    private int _count;
    private int _lineStart = -1;
    private int _fields;
    private long _nextNumber = 1;
    private MemoryStream? _gzip;
    private bool _gzipValid;

    /// <summary>Creates an empty batch.</summary>
    /// <param name="capacityBytes">Initial buffer size.</param>
    public LineBatch(int capacityBytes = 64 * 1024) => _buffer = new byte[Math.Max(capacityBytes, 256)];

    /// <summary>Number of complete lines.</summary>
    public int Count => _count;

    /// <summary>Bytes of line protocol (lines and their newlines).</summary>
    public int ByteCount => _count == 0 ? 0 : _ends[_count - 1] + 1;

    /// <summary>All lines, each followed by a newline, UTF-8.</summary>
    public ReadOnlyMemory<byte> Content => _buffer.AsMemory(0, ByteCount);

    /// <summary>Empties the batch; the next line gets number <paramref name="firstLineNumber"/>.</summary>
    /// <param name="firstLineNumber">1-based line number in the job.</param>
    public void Reset(long firstLineNumber = 1)
    {
        _length = 0;
        _count = 0;
        _lineStart = -1;
        _nextNumber = firstLineNumber;
        _gzipValid = false;
    }

    /// <summary>Line <paramref name="index"/> without its newline, UTF-8.</summary>
    /// <param name="index">0-based index in this batch.</param>
    public ReadOnlySpan<byte> Line(int index) => _buffer.AsSpan(LineStart(index), _ends[index] - LineStart(index));

    /// <summary>Line <paramref name="index"/> as text.</summary>
    /// <param name="index">0-based index in this batch.</param>
    public string LineText(int index) => Encoding.UTF8.GetString(Line(index));

    /// <summary>1-based number of line <paramref name="index"/> in the job.</summary>
    /// <param name="index">0-based index in this batch.</param>
    public long LineNumber(int index) => _numbers[index];

    /// <summary>The timestamp of line <paramref name="index"/> (its last token), or null if it has none.</summary>
    /// <param name="index">0-based index in this batch.</param>
    public DateTimeOffset? LineTime(int index)
    {
        var line = Line(index);
        int space = line.LastIndexOf((byte)' ');
        return space >= 0 && Utf8Parser.TryParse(line[(space + 1)..], out long ns, out int used) && used == line.Length - space - 1
            ? LineProtocol.FromUnixNanoseconds(ns)
            : null;
    }

    /// <summary>Appends a complete line given as text.</summary>
    /// <param name="line">One line of line protocol, without a newline.</param>
    /// <exception cref="ArgumentException">The text contains a newline.</exception>
    public void AppendLine(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny('\n', '\r') >= 0)
        {
            throw new ArgumentException($"line {_nextNumber} contains a newline; give one point per line", nameof(line));
        }

        EnsureNoOpenPoint();
        _lineStart = _length;
        int max = Encoding.UTF8.GetMaxByteCount(line.Length);
        _length += Encoding.UTF8.GetBytes(line, Reserve(max));
        CloseLine();
    }

    /// <summary>Appends line <paramref name="index"/> of <paramref name="other"/>, keeping its line number.</summary>
    /// <param name="other">Another batch.</param>
    /// <param name="index">0-based index in <paramref name="other"/>.</param>
    public void AppendFrom(LineBatch other, int index)
    {
        EnsureNoOpenPoint();
        var line = other.Line(index);
        _lineStart = _length;
        line.CopyTo(Reserve(line.Length));
        _length += line.Length;
        _nextNumber = other.LineNumber(index);
        CloseLine();
    }

    /// <summary>A new batch holding lines <paramref name="indices"/> of this one, with their line numbers.</summary>
    /// <param name="indices">0-based indices, in the order wanted.</param>
    public LineBatch Subset(IEnumerable<int> indices)
    {
        var subset = new LineBatch(Math.Max(ByteCount, 256));
        foreach (int i in indices)
        {
            subset.AppendFrom(this, i);
        }

        return subset;
    }

    /// <summary>The batch gzip-compressed (cached until the batch changes).</summary>
    public ReadOnlyMemory<byte> GzipContent()
    {
        if (!_gzipValid)
        {
            _gzip ??= new MemoryStream();
            _gzip.SetLength(0);
            using (var zip = new GZipStream(_gzip, CompressionLevel.Fastest, leaveOpen: true))
            {
                zip.Write(Content.Span);
            }

            _gzipValid = true;
        }

        return _gzip!.GetBuffer().AsMemory(0, (int)_gzip.Length);
    }

    private int LineStart(int index) => index == 0 ? 0 : _ends[index - 1] + 1;

    private void CloseLine()
    {
        if (_count == _ends.Length)
        {
            Array.Resize(ref _ends, _count * 2);
            Array.Resize(ref _numbers, _count * 2);
        }

        _ends[_count] = _length;
        _numbers[_count] = _nextNumber++;
        _count++;
        Reserve(1)[0] = (byte)'\n';
        _length++;
        _lineStart = -1;
        _gzipValid = false;
    }

    private Span<byte> Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        }

        return _buffer.AsSpan(_length);
    }

    private void EnsureNoOpenPoint()
    {
        if (_lineStart >= 0)
        {
            throw new InvalidOperationException("a point is still open; call EndPoint first");
        }
    }
}
