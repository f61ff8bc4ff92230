using GeoAnomaly.Plugins.Tides.Astronomy;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Tides;

/// <summary>One constituent of a synthetic tide: harmonic constants H (units) and Greenwich phase lag g (degrees).</summary>
/// <param name="Name">Darwin symbol.</param>
/// <param name="Amplitude">H.</param>
/// <param name="Lag">g, degrees.</param>
internal sealed record Wave(string Name, double Amplitude, double Lag);

/// <summary>Seeded synthetic tides with known harmonic constants, noise and gaps, built independently of the plugin's
/// argument code: x(t) = Σ f(t)·H·cos(V(t) + u(t) − g) + white + red noise.</summary>
/// <remarks>
/// V is Schureman's equilibrium argument written with T (hour angle of the mean Sun), evaluated sample by sample from
/// the NOAA-style linear elements in days d since 2000-01-01T00:00Z (as in the NOAA "Supplement to Manual of Harmonic
/// Analysis" and the HP-48 NOAA tide library): h = 279.97 + 0.98564736·d, s = 211.73 + 13.17639648·d,
/// p = 83.30 + 0.11140352·d, N = −(234.98 + 0.05295376·d), T = 180 + 360·d. These differ from the plugin's Meeus
/// elements by up to 0.03°. f and u come from the plugin's nodal table, evaluated per sample (the plugin takes them once
/// per fit).
/// </remarks>
internal static class TideSignals
{
    private static readonly DateTimeOffset s_origin = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Equilibrium arguments (degrees) of the known constituents at <paramref name="days"/> after 2000-01-01T00:00Z.</summary>
    /// <param name="name">Darwin symbol.</param>
    /// <param name="days">Days after 2000-01-01T00:00Z.</param>
    public static double Argument(string name, double days)
    {
        double t = 180.0 + (360.0 * days);
        double h = 279.97 + (0.98564736 * days);
        double s = 211.73 + (13.17639648 * days);
        double p = 83.30 + (0.11140352 * days);
        return name switch
        {
            "M2" => (2 * t) - (2 * s) + (2 * h),
            "S2" => 2 * t,
            "N2" => (2 * t) - (3 * s) + (2 * h) + p,
            "K2" => (2 * t) + (2 * h),
            "K1" => t + h - 90,
            "O1" => t - (2 * s) + h + 90,
            "P1" => t - h + 90,
            "Q1" => t - (3 * s) + h + p + 90,
            "Mf" => 2 * s,
            "Mm" => s - p,
            _ => throw new ArgumentException($"no argument for {name}", nameof(name)),
        };
    }

    /// <summary>Node longitude N (degrees) at <paramref name="days"/> after 2000-01-01T00:00Z.</summary>
    /// <param name="days">Days after 2000-01-01T00:00Z.</param>
    public static double Node(double days) => -(234.98 + (0.05295376 * days));

    /// <summary>A synthetic tidal record.</summary>
    /// <param name="start">First sample.</param>
    /// <param name="step">Sampling step.</param>
    /// <param name="length">Samples.</param>
    /// <param name="waves">Constituents.</param>
    /// <param name="white">Standard deviation of the white noise.</param>
    /// <param name="red">Stationary standard deviation of AR(1) noise with a 6-hour correlation time.</param>
    /// <param name="seed">Seed of noise and gaps.</param>
    /// <param name="gaps">Number of NaN runs (10 to 600 samples each, log-uniform), plus as many single missing samples.</param>
    public static Series Make(DateTimeOffset start, TimeSpan step, int length, IReadOnlyList<Wave> waves, double white, double red, int seed, int gaps)
    {
        double[] values = new double[length];
        var constituents = waves.Select(w => TidalConstituent.Find(w.Name) ?? throw new ArgumentException(w.Name)).ToArray();
        double stepDays = step.TotalDays;
        double startDays = (start - s_origin).TotalDays;
        for (int i = 0; i < length; i++)
        {
            double days = startDays + (i * stepDays);
            double node = Node(days);
            double sum = 0;
            for (int c = 0; c < waves.Count; c++)
            {
                var (f, u) = NodalCorrections.At(constituents[c].Nodal, node);
                double angle = (Argument(waves[c].Name, days) + u - waves[c].Lag) * Math.PI / 180.0;
                sum += f * waves[c].Amplitude * Math.Cos(angle);
            }

            values[i] = sum;
        }

        var random = new Random(seed);
        AddNoise(values, white, red, step, random);
        AddGaps(values, gaps, random);
        return new Series(start, step, values);
    }

    /// <summary>White plus AR(1) noise (6-hour correlation time), in place.</summary>
    public static void AddNoise(double[] values, double white, double red, TimeSpan step, Random random)
    {
        double phi = Math.Exp(-step.TotalHours / 6.0);
        double innovation = red * Math.Sqrt(1 - (phi * phi));
        double ar = red * Gaussian(random);
        for (int i = 0; i < values.Length; i++)
        {
            ar = (phi * ar) + (innovation * Gaussian(random));
            values[i] += ar + (white * Gaussian(random));
        }
    }

    /// <summary>Blanks <paramref name="runs"/> runs of 10 to 600 samples and as many single samples.</summary>
    public static void AddGaps(double[] values, int runs, Random random)
    {
        for (int g = 0; g < runs; g++)
        {
            int length = (int)Math.Round(Math.Exp(Math.Log(10) + (random.NextDouble() * Math.Log(60))));
            int at = random.Next(values.Length);
            for (int i = at; i < Math.Min(values.Length, at + length); i++)
            {
                values[i] = double.NaN;
            }

            values[random.Next(values.Length)] = double.NaN;
        }
    }

    /// <summary>A standard normal draw (Box-Muller).</summary>
    public static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Signed difference a − b of two angles in degrees, in (−180, 180].</summary>
    public static double AngleDifference(double a, double b)
    {
        double d = (a - b) % 360.0;
        if (d <= -180)
        {
            d += 360;
        }
        else if (d > 180)
        {
            d -= 360;
        }

        return d;
    }
}
