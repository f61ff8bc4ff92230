using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>The samples of one regular series as one-field points of one series key; NaN samples are skipped.</summary>
internal sealed class GridSource : ILineSource
{
    private readonly SeriesKey _key;
    private readonly FieldKey _field;
    private readonly Series _series;
    private readonly long _startNs;
    private readonly long _stepNs;
    private int _next;

    /// <summary>Creates the source.</summary>
    /// <param name="key">Series key of every point.</param>
    /// <param name="field">The one field.</param>
    /// <param name="series">The samples.</param>
    /// <exception cref="ArgumentOutOfRangeException">The series reaches outside the times InfluxDB can store.</exception>
    public GridSource(SeriesKey key, FieldKey field, Series series)
    {
        _key = key;
        _field = field;
        _series = series;
        _startNs = LineProtocol.ToUnixNanoseconds(series.Start);
        _stepNs = series.Step.Ticks * 100;
        if (series.Count > 0)
        {
            LineProtocol.ToUnixNanoseconds(series.TimeAt(series.Count - 1));
        }
    }

    /// <inheritdoc />
    public bool Fill(LineBatch batch, int maxLines)
    {
        var values = _series.Values;
        while (batch.Count < maxLines && _next < values.Length)
        {
            batch.AppendPoint(_key, _field, values[_next], _startNs + (_next * _stepNs));
            _next++;
        }

        return _next < values.Length;
    }
}
