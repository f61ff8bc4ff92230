using GeoAnomaly.Synthetic.Randomness;
using GeoAnomaly.Synthetic.Signals;

namespace GeoAnomaly.Synthetic.Generation;

/// <summary>What every channel of a network shares: the spec, the grid, storms, weather and the external field.</summary>
/// <remarks>
/// Network-wide series (storm signal, external disturbance) are computed once, on first use, and shared by every
/// channel; they cost 3 × 8 bytes per sample (1 MB for 30 days of minute data). Thread-safe: channels can be generated
/// in parallel.
/// </remarks>
internal sealed class NetworkContext
{
    private readonly Lazy<double[]> _stormSignal;
    private readonly Lazy<(double[] North, double[] East)> _disturbance;
    private readonly List<(int Station, Lazy<double[]> Pressure)> _pressureCache = [];

    /// <summary>How many stations' pressure series are kept (most recently used).</summary>
    public const int PressureCacheSize = 4;

    /// <summary>Prepares the shared parts of a valid spec's network.</summary>
    /// <param name="spec">A valid spec.</param>
    public NetworkContext(NetworkSpec spec)
    {
        Spec = spec;
        Axis = new TimeAxis(spec.Start.ToUniversalTime(), spec.Step, spec.SampleCount);
        Storms = GeomagneticActivity.DrawStorms(SeededRandom.For(spec.Seed, RandomStream.Storms), Axis, spec.StormRate);
        var weather = SeededRandom.For(spec.Seed, RandomStream.Weather);
        Weather = AirPressure.DrawWeather(weather, spec.Region.MinLongitude);
        SqNetworkFactors = new double[DailyVariation.FactorCount(Axis)];
        for (int d = 0; d < SqNetworkFactors.Length; d++)
        {
            SqNetworkFactors[d] = weather.LogNormal(1, 0.3);
        }

        _stormSignal = new Lazy<double[]>(() => GeomagneticActivity.StormSignal(Axis, Storms));
        _disturbance = new Lazy<(double[], double[])>(() =>
            GeomagneticActivity.Disturbance(SeededRandom.For(spec.Seed, RandomStream.GeomagneticActivity), Axis, StormSignal));
    }

    /// <summary>The spec.</summary>
    public NetworkSpec Spec { get; }

    /// <summary>The sample grid.</summary>
    public TimeAxis Axis { get; }

    /// <summary>The network's magnetic storms.</summary>
    public IReadOnlyList<MagneticStorm> Storms { get; }

    /// <summary>The network's synoptic weather.</summary>
    public AirPressure Weather { get; }

    /// <summary>Network-wide day-to-day Sq factors (log-normal, σ of ln 0.3).</summary>
    public double[] SqNetworkFactors { get; }

    /// <summary>The summed storm disturbance of H on every sample, nT.</summary>
    public double[] StormSignal => _stormSignal.Value;

    /// <summary>The external disturbance (north, east) on every sample, nT.</summary>
    public (double[] North, double[] East) Disturbance => _disturbance.Value;

    /// <summary>The true air pressure at <paramref name="station"/>, hPa; shared, so callers must not change it.</summary>
    /// <param name="station">The station.</param>
    /// <remarks>
    /// Up to six channels of a station need it (strain, tilts, barometer, water level, radon), so the last
    /// <see cref="PressureCacheSize"/> stations' series are kept; a miss recomputes the same numbers from the
    /// station's own stream, so caching never changes results.
    /// </remarks>
    public double[] TruePressure(StationModel station)
    {
        Lazy<double[]> entry;
        lock (_pressureCache)
        {
            int found = _pressureCache.FindIndex(e => e.Station == station.Index);
            if (found >= 0)
            {
                entry = _pressureCache[found].Pressure;
                _pressureCache.RemoveAt(found);
            }
            else
            {
                entry = new Lazy<double[]>(() => Weather.TruePressure(
                    Axis,
                    station.Location.Latitude,
                    station.Location.Longitude,
                    station.Location.ElevationMetres,
                    SeededRandom.For(Spec.Seed, RandomStream.StationWeather, station.Index)));
                if (_pressureCache.Count >= PressureCacheSize)
                {
                    _pressureCache.RemoveAt(0);
                }
            }

            _pressureCache.Add((station.Index, entry));
        }

        return entry.Value;
    }
}
