namespace GeoAnomaly.Plugins.Tides.Astronomy;

/// <summary>The fundamental astronomical arguments of tidal theory (mean longitudes of Moon, Sun, perigees and node) as
/// linear functions of time, and the equilibrium arguments and speeds built from them.</summary>
/// <remarks>
/// <para>
/// Time is hours after J2000.0 (2000-01-01T12:00:00, taken as UT; the 64..70 s between UT and TT moves the Moon by
/// 0.01°, which is ignored). Values at J2000.0 and rates are the leading terms of Meeus (1998, Astronomical
/// Algorithms, 2nd ed., chapters 25 and 47), with rates per Julian century of 876,600 hours; the quadratic terms
/// change nothing at the 0.001° level within a century of J2000 and are dropped, so every argument is exactly linear
/// in time and the speed of a constituent is constant.
/// </para>
/// <list type="table">
/// <listheader><term>argument</term><description>at J2000.0 (degrees); rate (degrees per Julian century)</description></listheader>
/// <item><term>T, hour angle of the mean Sun at Greenwich</term><description>0 (12:00 UT); 15 °/h exactly</description></item>
/// <item><term>s, Moon's mean longitude</term><description>218.3164477; 481267.88123421</description></item>
/// <item><term>h, Sun's mean longitude</term><description>280.46646; 36000.76983</description></item>
/// <item><term>p, longitude of the lunar perigee</term><description>83.3532465; 4069.0137287</description></item>
/// <item><term>N, longitude of the Moon's ascending node</term><description>125.04452; −1934.136261</description></item>
/// <item><term>p₁, longitude of the solar perigee</term><description>282.93735; 1.71946</description></item>
/// </list>
/// <para>The Doodson variables are τ = T − s + h (mean lunar time), s, h, p, N′ = −N and p₁.</para>
/// </remarks>
internal static class AstronomicalArguments
{
    /// <summary>J2000.0, the epoch of every phase in this plugin: 2000-01-01T12:00:00Z.</summary>
    public static readonly DateTimeOffset J2000 = new(2000, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private const double HoursPerCentury = 876_600.0;

    private static readonly double[] s_atEpoch = Doodson(0.0, 218.3164477, 280.46646, 83.3532465, -125.04452, 282.93735);

    private static readonly double[] s_rates = Doodson(
        15.0,
        481267.88123421 / HoursPerCentury,
        36000.76983 / HoursPerCentury,
        4069.0137287 / HoursPerCentury,
        1934.136261 / HoursPerCentury,
        1.71946 / HoursPerCentury);

    /// <summary>Hours after J2000.0 of <paramref name="ticks"/> (UTC ticks, as <see cref="DateTimeOffset.UtcTicks"/>).</summary>
    /// <param name="ticks">UTC ticks.</param>
    public static double HoursSinceJ2000(long ticks) => (ticks - J2000.UtcTicks) / (double)TimeSpan.TicksPerHour;

    /// <summary>Speed (degrees per hour) of the argument with Doodson numbers <paramref name="doodson"/>.</summary>
    /// <param name="doodson">Multipliers of τ, s, h, p, N′, p₁.</param>
    public static double Speed(ReadOnlySpan<int> doodson)
    {
        double speed = 0;
        for (int k = 0; k < 6; k++)
        {
            speed += doodson[k] * s_rates[k];
        }

        return speed;
    }

    /// <summary>The argument Σ nₖ·(Doodson variable k) at <paramref name="hours"/> after J2000.0, degrees, not reduced.</summary>
    /// <param name="doodson">Multipliers of τ, s, h, p, N′, p₁.</param>
    /// <param name="hours">Hours after J2000.0.</param>
    public static double Argument(ReadOnlySpan<int> doodson, double hours)
    {
        double value = 0;
        for (int k = 0; k < 6; k++)
        {
            value += doodson[k] * (s_atEpoch[k] + (s_rates[k] * hours));
        }

        return value;
    }

    /// <summary>Longitude of the Moon's ascending node N at <paramref name="hours"/> after J2000.0, degrees in [0, 360).</summary>
    /// <param name="hours">Hours after J2000.0.</param>
    public static double NodeLongitude(double hours) => Reduce(-(s_atEpoch[4] + (s_rates[4] * hours)));

    /// <summary>Reduces an angle in degrees to [0, 360).</summary>
    /// <param name="degrees">Any angle.</param>
    public static double Reduce(double degrees)
    {
        double r = degrees % 360.0;
        return r < 0 ? r + 360.0 : r;
    }

    /// <summary>The Doodson variables (τ, s, h, p, N′, p₁) from T, s, h, p, −N, p₁.</summary>
    private static double[] Doodson(double t, double s, double h, double p, double negativeNode, double solarPerigee) =>
        [t - s + h, s, h, p, negativeNode, solarPerigee];
}
