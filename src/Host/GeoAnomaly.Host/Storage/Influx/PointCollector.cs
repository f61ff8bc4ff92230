using System.Collections;
using System.Text.Json;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Collects <c>[time, value]</c> rows of a query straight into growing arrays (no per-row objects).</summary>
internal sealed class PointCollector : IInfluxResultVisitor
{
    private readonly string _field;
    private readonly string _source;
    private long[] _times = new long[1024];
    private double[] _values = new double[1024];
    private int _timeColumn;
    private int _valueColumn;

    /// <summary>Creates a collector of the <c>time</c> column and column <paramref name="field"/>.</summary>
    /// <param name="field">Value column name.</param>
    /// <param name="source">Where the data comes from, for messages.</param>
    public PointCollector(string field, string source)
    {
        _field = field;
        _source = source;
    }

    /// <summary>Rows collected.</summary>
    public int Count { get; private set; }

    /// <summary>Point times as instants.</summary>
    public IReadOnlyList<DateTimeOffset> Times => new TimeList(_times, Count);

    /// <summary>Point values; JSON null reads as NaN.</summary>
    public ArraySegment<double> Values => new(_values, 0, Count);

    /// <inheritdoc />
    public void BeginSeries(InfluxSeriesHeader header)
    {
        _timeColumn = header.ColumnIndex("time");
        _valueColumn = header.ColumnIndex(_field);
        if (_timeColumn < 0 || _valueColumn < 0)
        {
            throw new DataException(_source, null, $"the query result has columns [{string.Join(", ", header.Columns)}], not time and {_field}");
        }
    }

    /// <inheritdoc />
    public void Row(ref Utf8JsonReader reader)
    {
        if (Count == _times.Length)
        {
            Array.Resize(ref _times, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }

        long time = 0;
        double value = double.NaN;
        int column = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (column == _timeColumn)
            {
                time = reader.GetInt64();
            }
            else if (column == _valueColumn)
            {
                value = reader.TokenType switch
                {
                    JsonTokenType.Number => reader.GetDouble(),
                    JsonTokenType.Null => double.NaN,
                    _ => throw new DataException(_source, null, $"point {Count + 1} ({LineProtocol.FromUnixNanoseconds(time):O}): field {_field} is a {reader.TokenType}, not a number"),
                };
            }
            else
            {
                reader.Skip();
            }

            column++;
        }

        _times[Count] = time;
        _values[Count] = value;
        Count++;
    }

    /// <summary>Unix-nanosecond times seen as instants, without copying.</summary>
    private sealed class TimeList(long[] nanoseconds, int count) : IReadOnlyList<DateTimeOffset>
    {
        public int Count => count;

        public DateTimeOffset this[int index] =>
            (uint)index < (uint)count ? LineProtocol.FromUnixNanoseconds(nanoseconds[index]) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<DateTimeOffset> GetEnumerator()
        {
            for (int i = 0; i < count; i++)
            {
                yield return LineProtocol.FromUnixNanoseconds(nanoseconds[i]);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
