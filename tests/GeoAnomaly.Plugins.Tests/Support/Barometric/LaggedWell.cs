using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Barometric;

/// <summary>A synthetic well whose level answers air pressure through a known barometric response function.</summary>
/// <param name="Level">Water level, m (water column plus air pressure when not vented), NaN in gaps.</param>
/// <param name="Pressure">Air pressure, hPa, NaN in gaps.</param>
/// <param name="Efficiencies">The true response: BE(k) for k = 0..lags, dimensionless.</param>
/// <param name="Removed">The true pressure response added to the level (m), zero at <see cref="ReferencePressure"/>.</param>
internal sealed record LaggedWell(Series Level, Series Pressure, double[] Efficiencies, double[] Removed)
{
    /// <summary>Metres of fresh water per hPa.</summary>
    public const double MetresPerHectopascal = 100.0 / (1000 * 9.80665);

    /// <summary>Pressure at which the true response is zero, hPa.</summary>
    public const double ReferencePressure = 1013;

    /// <summary>Builds a well of <paramref name="days"/> days of minute data.</summary>
    /// <param name="days">Length in days.</param>
    /// <param name="seed">Seed of the noise, weather and gaps.</param>
    /// <param name="efficiency">BE at lag 0.</param>
    /// <param name="longEfficiency">BE after the response has settled.</param>
    /// <param name="lagTime">Time constant of the exponential approach from one to the other, samples.</param>
    /// <param name="lags">Lags of the response (it is held at BE(lags) beyond).</param>
    /// <param name="noise">Standard deviation of the level's white noise, m.</param>
    /// <param name="vented">False to add the air pressure (as head) to the level, as a non-vented transducer reads.</param>
    /// <param name="gaps">Whether to blank samples in both channels.</param>
    /// <param name="barometerNoise">Standard deviation of white noise added to the recorded pressure only (hPa); the
    /// well responds to the pressure without it.</param>
    public static LaggedWell Build(
        int days, int seed, double efficiency, double longEfficiency, double lagTime, int lags,
        double noise = 0.0003, bool vented = true, bool gaps = true, double barometerNoise = 0)
    {
        var random = new Random(seed);
        int n = days * 1440;
        var start = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
        double[] pressure = Weather(random, n);
        double[] truth = new double[lags + 1];
        for (int k = 0; k <= lags; k++)
        {
            truth[k] = longEfficiency + ((efficiency - longEfficiency) * Math.Exp(-k / lagTime));
        }

        double[] removed = new double[n];
        for (int t = 0; t < n; t++)
        {
            double head = 0;
            for (int k = 0; k <= lags; k++)
            {
                double impulse = truth[k] - (k > 0 ? truth[k - 1] : 0);
                head += impulse * (pressure[Math.Max(0, t - k)] - ReferencePressure);
            }

            removed[t] = -head * MetresPerHectopascal;
        }

        double[] level = new double[n];
        for (int t = 0; t < n; t++)
        {
            double minutes = t;
            double tide = 0.01 * Math.Cos((2 * Math.PI * minutes / (12.4206 * 60)) + 1);
            level[t] = 20 + (0.001 * minutes / 1440) + tide + removed[t] + (noise * Gaussian(random));
        }

        for (int t = 0; t < n && !vented; t++)
        {
            level[t] += pressure[t] * MetresPerHectopascal;
        }

        for (int t = 0; t < n && barometerNoise > 0; t++)
        {
            pressure[t] += barometerNoise * Gaussian(random);
        }

        if (gaps)
        {
            Blank(level, random, n / 500, 1, 30);
            Blank(pressure, random, n / 2000, 1, 10);
            Blank(level, random, 1, 360, 360);
            Blank(pressure, random, 1, 240, 240);
        }

        return new LaggedWell(new Series(start, TimeSpan.FromMinutes(1), level), new Series(start, TimeSpan.FromMinutes(1), pressure), truth, removed);
    }

    /// <summary>Synoptic waves, atmospheric tides and a fast AR(1) part, hPa (no instrument noise).</summary>
    private static double[] Weather(Random random, int n)
    {
        double[] periodsDays = [2.7, 4.9, 8.3];
        double[] amplitudes = [3, 4, 5];
        double[] phases = [.. periodsDays.Select(_ => random.NextDouble() * 2 * Math.PI)];
        double fast = 0;
        double rho = Math.Exp(-1 / 20.0);
        double[] p = new double[n];
        for (int t = 0; t < n; t++)
        {
            double days = t / 1440.0;
            double value = 1013 + Math.Cos(2 * Math.PI * 2 * days) + (0.5 * Math.Cos((2 * Math.PI * days) - 1));
            for (int k = 0; k < periodsDays.Length; k++)
            {
                value += amplitudes[k] * Math.Cos((2 * Math.PI * days / periodsDays[k]) + phases[k]);
            }

            fast = (rho * fast) + (0.15 * Math.Sqrt(1 - (rho * rho)) * Gaussian(random));
            p[t] = value + fast;
        }

        return p;
    }

    private static void Blank(double[] values, Random random, int count, int shortest, int longest)
    {
        for (int g = 0; g < count; g++)
        {
            int length = random.Next(shortest, longest + 1);
            int from = random.Next(0, values.Length - length);
            values.AsSpan(from, length).Fill(double.NaN);
        }
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
