using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Signals;
using GeneratorSqModel = GeoAnomaly.Synthetic.Signals.DailyVariation;

namespace GeoAnomaly.Plugins.Tests.Support.DailyVariation;

/// <summary>Minute series with a known daily variation, for the daily-variation tests.</summary>
internal static class SqSignals
{
    /// <summary>Start of every series here: 2024-03-01T00:00Z.</summary>
    public static readonly DateTimeOffset Start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A field baseline typical of mid-latitude H, nT.</summary>
    public const double Baseline = 21000;

    /// <summary>
    /// <c>Baseline + amplitude·cos(15°·UT_h - 285°)</c> (minimum near 7 UT, maximum near 19 UT), with an optional run of
    /// NaN.
    /// </summary>
    /// <param name="days">Length, days of minutes.</param>
    /// <param name="amplitude">Amplitude of the 24 h cycle.</param>
    /// <param name="gapStart">First missing sample, or -1.</param>
    /// <param name="gapLength">Missing samples.</param>
    public static Series Cycle(int days, double amplitude, int gapStart = -1, int gapLength = 0)
    {
        double[] values = new double[days * 1440];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Baseline + (amplitude * Math.Cos((2 * Math.PI * i / 1440.0) - (285 * Math.PI / 180)));
            if (gapStart >= 0 && i >= gapStart && i < gapStart + gapLength)
            {
                values[i] = double.NaN;
            }
        }

        return new Series(Start, TimeSpan.FromMinutes(1), values);
    }

    /// <summary>
    /// The synthetic generator's Sq pulse (<see cref="GeneratorSqModel"/>: a 10-hour daytime half-cosine reduced to its
    /// 24, 12, 8 and 6 h harmonics) with a daily range of <paramref name="range"/> nT on every day (no day-to-day
    /// factor), at <paramref name="longitude"/>, on <see cref="Baseline"/>, plus seeded white noise and random gaps.
    /// </summary>
    /// <param name="days">Length, days of minutes.</param>
    /// <param name="range">Daily range (negative flips the pulse, as for H poleward of the Sq focus).</param>
    /// <param name="longitude">Station east longitude, degrees.</param>
    /// <param name="noise">White-noise standard deviation, nT.</param>
    /// <param name="seed">Noise and gap seed.</param>
    /// <param name="gaps">Number of gaps of 1 to 240 minutes.</param>
    public static Series GeneratorSq(int days, double range, double longitude, double noise, int seed, int gaps)
    {
        int n = days * 1440;
        var axis = new TimeAxis(Start, TimeSpan.FromMinutes(1), n);
        double[] values = new double[n];
        Array.Fill(values, Baseline);
        double[] ones = new double[GeneratorSqModel.FactorCount(axis)];
        Array.Fill(ones, 1.0);
        GeneratorSqModel.AddTo(values, axis, longitude, range, swing: false, ones, shiftHours: 0);
        var random = new Random(seed);
        for (int i = 0; i < n; i++)
        {
            values[i] += noise * Gaussian(random);
        }

        for (int g = 0; g < gaps; g++)
        {
            int from = random.Next(n);
            int length = 1 + random.Next(240);
            for (int i = from; i < Math.Min(n, from + length); i++)
            {
                values[i] = double.NaN;
            }
        }

        return new Series(Start, TimeSpan.FromMinutes(1), values);
    }

    /// <summary>
    /// Amplitude (nT) and phase (degrees of UT, harmonic k being <c>A·cos(k·15°·UT_h - φ)</c>) of each harmonic in
    /// <see cref="GeneratorSq"/>: the generator adds <c>range·c_k / R · cos(k·15°·(τ - 12))</c>, τ = UT + longitude/15
    /// the local time, c_k its <see cref="GeneratorSqModel.HarmonicCoefficients"/> and R the peak-to-trough range of
    /// <c>Σ c_k cos(k·15°·(τ - 12))</c> over the minutes of a day; hence <c>A = |range·c_k / R|</c> and
    /// <c>φ = k·15°·(12 - longitude/15)</c>, plus 180° where <c>range·c_k</c> is negative.
    /// </summary>
    /// <param name="range">Daily range.</param>
    /// <param name="longitude">East longitude, degrees.</param>
    public static (double Amplitude, double Phase)[] GeneratorHarmonics(double range, double longitude)
    {
        var c = GeneratorSqModel.HarmonicCoefficients;
        double min = double.MaxValue;
        double max = double.MinValue;
        for (int m = 0; m < 1440; m++)
        {
            double sum = 0;
            for (int k = 1; k <= c.Count; k++)
            {
                sum += c[k - 1] * Math.Cos(k * 2 * Math.PI * ((m / 60.0) - 12) / 24.0);
            }

            min = Math.Min(min, sum);
            max = Math.Max(max, sum);
        }

        var result = new (double, double)[c.Count];
        for (int k = 1; k <= c.Count; k++)
        {
            double a = range * c[k - 1] / (max - min);
            double phase = (k * 15.0 * (12 - (longitude / 15))) + (a < 0 ? 180 : 0);
            result[k - 1] = (Math.Abs(a), ((phase % 360) + 360) % 360);
        }

        return result;
    }

    /// <summary>Smallest difference between two angles, degrees (0..180).</summary>
    /// <param name="a">Degrees.</param>
    /// <param name="b">Degrees.</param>
    public static double AngleDifference(double a, double b)
    {
        double d = Math.Abs((a - b) % 360);
        return d > 180 ? 360 - d : d;
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
