using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Randomness;
using GeoAnomaly.Synthetic.Signals;

namespace GeoAnomaly.Synthetic.Generation;

/// <summary>A station's physical parameters, drawn once from its own stream whatever channels it carries.</summary>
/// <remarks>
/// <para>Geomagnetic parameters (nT):</para>
/// <list type="bullet">
/// <item>Main field: a geocentric dipole of 30,000 nT at the equator, H0 = 30000·cos φ, Z0 = 60000·sin φ (±3 %), E0 = ±50.
/// Variation data report departures from a baseline, so only the order of magnitude matters.</item>
/// <item>Sq daily range: H 15..40 nT times k = clamp((28° − |φ|)/15°, −1, 1) with |k| ≥ 0.4 (the H variation reverses
/// across the Sq current focus near 30° latitude: daytime increase equatorward, decrease poleward; the real amplitude
/// nearly vanishes at the focus, which is kept at 40 % here so every station shows a cycle); Z −8..−25 nT (daytime
/// decrease, northern hemisphere; sign flipped south); E 8..25 nT. Pattern shifted ±0.5 h in local time.</item>
/// <item>Storm response: H cos φ·(0.9..1.1), E −0.15..0.15, Z −0.3..0.1 of the network storm signal.</item>
/// <item>External disturbance gains: H 0.8..1.2 of the north series, E 0.6..1.0 of the east series, Z −0.5..0.5 of north.</item>
/// </list>
/// <para>
/// Well: barometric efficiency 0.2..0.8; with probability <see cref="NetworkSpec.LaggedResponseProbability"/> a lagged
/// part with long-term efficiency 0.1..0.5 × BE and time constant 2..24 h; water column 5..50 m; water temperature
/// 12..25 °C; radon 10..80 Bq/L.
/// </para>
/// </remarks>
internal sealed class StationModel
{
    private StationModel(int index, StationLocation location)
    {
        Index = index;
        Location = location;
    }

    /// <summary>Station index.</summary>
    public int Index { get; }

    /// <summary>Station location.</summary>
    public StationLocation Location { get; }

    /// <summary>Per-constituent tidal phase lags, degrees.</summary>
    public double[] TideLags { get; private init; } = [];

    /// <summary>Sq daily ranges for H, E, Z, nT (signed).</summary>
    public (double H, double E, double Z) SqRange { get; private init; }

    /// <summary>Shift of the Sq pattern in local time, hours.</summary>
    public double SqShiftHours { get; private init; }

    /// <summary>Station factor on the day-to-day Sq variability, one per local day (see <see cref="DailyVariation"/>).</summary>
    public double[] SqStationFactors { get; private init; } = [];

    /// <summary>Storm gains for H, E, Z.</summary>
    public (double H, double E, double Z) StormGain { get; private init; }

    /// <summary>External disturbance gains: H on north, E on east, Z on north.</summary>
    public (double H, double E, double Z) DisturbanceGain { get; private init; }

    /// <summary>Main-field baselines for H, E, Z, nT.</summary>
    public (double H, double E, double Z) FieldBaseline { get; private init; }

    /// <summary>The well's barometric response.</summary>
    public BarometricResponse Barometric { get; private init; } = new(0.5, 0.5, TimeSpan.Zero);

    /// <summary>Water column above the sensor at the start, m.</summary>
    public double WaterColumn { get; private init; }

    /// <summary>Mean water temperature, °C.</summary>
    public double WaterTemperature { get; private init; }

    /// <summary>Mean radon concentration, Bq/L.</summary>
    public double Radon { get; private init; }

    /// <summary>Draws the parameters of station <paramref name="index"/> at <paramref name="location"/>.</summary>
    /// <param name="spec">The network spec.</param>
    /// <param name="axis">The sample grid (sets how many day factors are drawn).</param>
    /// <param name="index">Station index.</param>
    /// <param name="location">Where the station is.</param>
    public static StationModel Draw(NetworkSpec spec, TimeAxis axis, int index, StationLocation location)
    {
        var random = SeededRandom.For(spec.Seed, RandomStream.StationParameters, index);
        double lat = location.Latitude;
        double cosLat = Math.Cos(lat * Math.PI / 180);
        double hemisphere = lat >= 0 ? 1 : -1;
        double k = Math.Clamp((28 - Math.Abs(lat)) / 15, -1, 1);
        k = Math.Abs(k) < 0.4 ? (k >= 0 ? 0.4 : -0.4) : k;

        double[] tideLags = EarthTide.StationLags(random);
        var sq = (random.Uniform(15, 40) * k, random.Uniform(8, 25) * hemisphere, -random.Uniform(8, 25) * hemisphere);
        double shift = random.Uniform(-0.5, 0.5);
        var storm = (cosLat * random.Uniform(0.9, 1.1), random.Uniform(-0.15, 0.15), random.Uniform(-0.3, 0.1));
        var disturbance = (random.Uniform(0.8, 1.2), random.Uniform(0.6, 1.0), random.Uniform(-0.5, 0.5));
        var field = (30000 * cosLat * random.Uniform(0.97, 1.03), random.Uniform(-50, 50), 60000 * Math.Sin(lat * Math.PI / 180) * random.Uniform(0.97, 1.03));
        double be = random.Uniform(0.2, 0.8);
        bool lagged = random.Chance(spec.LaggedResponseProbability);
        double longTerm = be * random.Uniform(0.1, 0.5);
        var lagTime = TimeSpan.FromMinutes(Math.Round(random.Uniform(2, 24) * 60));
        double column = random.Uniform(5, 50);
        double temperature = random.Uniform(12, 25);
        double radon = random.Uniform(10, 80);
        double[] factors = new double[DailyVariation.FactorCount(axis)];
        for (int d = 0; d < factors.Length; d++)
        {
            factors[d] = random.LogNormal(1, 0.1);
        }

        return new StationModel(index, location)
        {
            TideLags = tideLags,
            SqRange = (sq.Item1, sq.Item2, sq.Item3),
            SqShiftHours = shift,
            SqStationFactors = factors,
            StormGain = storm,
            DisturbanceGain = disturbance,
            FieldBaseline = field,
            Barometric = lagged ? new BarometricResponse(be, longTerm, lagTime) : new BarometricResponse(be, be, TimeSpan.Zero),
            WaterColumn = column,
            WaterTemperature = temperature,
            Radon = radon,
        };
    }
}
