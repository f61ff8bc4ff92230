using System.Globalization;
using System.Text;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Building points in place: <see cref="BeginPoint"/>, fields, <see cref="EndPoint(long)"/>.</summary>
internal sealed partial class LineBatch
{
    /// <summary>Appends a one-field float point; a NaN or infinite value appends nothing (a gap).</summary>
    /// <param name="key">Series key.</param>
    /// <param name="field">Field key.</param>
    /// <param name="value">Field value.</param>
    /// <param name="nanoseconds">Unix nanoseconds.</param>
    /// <returns>Whether a line was appended.</returns>
    public bool AppendPoint(SeriesKey key, FieldKey field, double value, long nanoseconds)
    {
        if (!double.IsFinite(value))
        {
            return false;
        }

        BeginPoint(key);
        Field(field, value);
        return EndPoint(nanoseconds);
    }

    /// <summary>Starts a point of series <paramref name="key"/>.</summary>
    /// <param name="key">Series key.</param>
    public void BeginPoint(SeriesKey key)
    {
        EnsureNoOpenPoint();
        _lineStart = _length;
        _fields = 0;
        Write(key.Utf8.Span);
        Write((byte)' ');
    }

    /// <summary>Adds a float field; NaN and infinities are left out.</summary>
    /// <param name="key">Field key.</param>
    /// <param name="value">Field value.</param>
    public void Field(FieldKey key, double value)
    {
        if (!double.IsFinite(value))
        {
            return;
        }

        StartField(key);
        // Default format = shortest round-trip form since .NET Core 3.0 (and faster than "R"); at most 24 characters.
        value.TryFormat(Reserve(32), out int written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Adds an integer field (<c>42i</c>).</summary>
    /// <param name="key">Field key.</param>
    /// <param name="value">Field value.</param>
    public void Field(FieldKey key, long value)
    {
        StartField(key);
        value.TryFormat(Reserve(24), out int written, default, CultureInfo.InvariantCulture);
        _length += written;
        Write((byte)'i');
    }

    /// <summary>Adds a boolean field.</summary>
    /// <param name="key">Field key.</param>
    /// <param name="value">Field value.</param>
    public void Field(FieldKey key, bool value)
    {
        StartField(key);
        Write(value ? "true"u8 : "false"u8);
    }

    /// <summary>Adds a string field (quoted and escaped).</summary>
    /// <param name="key">Field key.</param>
    /// <param name="value">Field value; no newlines.</param>
    public void Field(FieldKey key, string value)
    {
        string quoted = LineProtocol.QuoteString(value);
        StartField(key);
        int max = Encoding.UTF8.GetMaxByteCount(quoted.Length);
        _length += Encoding.UTF8.GetBytes(quoted, Reserve(max));
    }

    /// <summary>Ends the open point with a timestamp; a point without fields is discarded.</summary>
    /// <param name="nanoseconds">Unix nanoseconds, within <see cref="LineProtocol.MinTimestamp"/>..<see cref="LineProtocol.MaxTimestamp"/>.</param>
    /// <returns>Whether the point was kept.</returns>
    public bool EndPoint(long nanoseconds)
    {
        if (_lineStart < 0)
        {
            throw new InvalidOperationException("no point is open; call BeginPoint first");
        }

        if (_fields == 0)
        {
            _length = _lineStart;
            _lineStart = -1;
            return false;
        }

        if (nanoseconds is < LineProtocol.MinTimestamp or > LineProtocol.MaxTimestamp)
        {
            _length = _lineStart;
            _lineStart = -1;
            throw new ArgumentOutOfRangeException(nameof(nanoseconds), nanoseconds, "timestamp is outside the range InfluxDB can store");
        }

        Write((byte)' ');
        nanoseconds.TryFormat(Reserve(24), out int written, default, CultureInfo.InvariantCulture);
        _length += written;
        CloseLine();
        return true;
    }

    /// <summary>Ends the open point at <paramref name="time"/>.</summary>
    /// <param name="time">Point time.</param>
    /// <returns>Whether the point was kept.</returns>
    public bool EndPoint(DateTimeOffset time) => EndPoint(LineProtocol.ToUnixNanoseconds(time));

    /// <summary>Drops the open point, if any.</summary>
    public void CancelPoint()
    {
        if (_lineStart >= 0)
        {
            _length = _lineStart;
            _lineStart = -1;
        }
    }

    private void StartField(FieldKey key)
    {
        if (_lineStart < 0)
        {
            throw new InvalidOperationException("no point is open; call BeginPoint first");
        }

        if (_fields++ > 0)
        {
            Write((byte)',');
        }

        Write(key.Utf8WithEquals.Span);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
    }

    private void Write(byte b)
    {
        Reserve(1)[0] = b;
        _length++;
    }
}
