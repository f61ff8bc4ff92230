using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Tides;

/// <summary>The equilibrium tide (degree-2 tide-generating potential divided by g, metres) at a place, computed directly
/// from low-precision positions of the Moon and the Sun: an independent check of the plugin's astronomical arguments.</summary>
/// <remarks>
/// <para>Positions follow the leading terms of Meeus (1998, Astronomical Algorithms, chapter 47 for the Moon: six
/// longitude, four latitude and five distance terms, about 0.1° and 100 km; chapter 25 for the Sun, 0.01°). With
/// declination δ, Greenwich hour angle H (from the mean sidereal time and the right ascension) and distance r of each
/// body of mass M, at latitude φ and east longitude λ,</para>
/// <code>
/// ζ = (3/4)·a·Σ (M/M_E)·(a/r)³·[cos²φ·cos²δ·cos 2(H + λ) + sin 2φ·sin 2δ·cos(H + λ) + 3(sin²φ − 1/3)(sin²δ − 1/3)]
/// </code>
/// <para>(a the Earth's equatorial radius). Its harmonic development is Σ H⁰·L(φ)·f·cos(V + mλ + u) with the
/// equilibrium amplitudes H⁰ of Apel (1987) and L = cos²φ (semidiurnal), sin 2φ (diurnal): at Greenwich every diurnal
/// and semidiurnal constituent has Greenwich phase lag 0.</para>
/// </remarks>
internal static class EquilibriumTide
{
    private const double EarthRadiusMetres = 6_378_137.0;
    private const double MoonToEarthMass = 0.0123000371;
    private const double SunToEarthMass = 332_946.0487;
    private const double AstronomicalUnitKm = 149_597_870.7;
    private static readonly DateTimeOffset s_j2000 = new(2000, 1, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The equilibrium tide in metres on a regular grid.</summary>
    /// <param name="start">First sample.</param>
    /// <param name="step">Sampling step.</param>
    /// <param name="length">Samples.</param>
    /// <param name="latitude">Degrees north.</param>
    /// <param name="longitude">Degrees east.</param>
    public static Series Make(DateTimeOffset start, TimeSpan step, int length, double latitude, double longitude)
    {
        double[] values = new double[length];
        double phi = Radians(latitude);
        for (int i = 0; i < length; i++)
        {
            double days = (start + (step * i) - s_j2000).TotalDays;
            double centuries = days / 36525.0;
            double sidereal = 280.46061837 + (360.98564736629 * days) + longitude;
            double obliquity = Radians(23.439291 - (0.0130042 * centuries));
            var (moonLongitude, moonLatitude, moonKm) = Moon(centuries);
            var (sunLongitude, sunKm) = Sun(centuries);
            values[i] = (0.75 * EarthRadiusMetres) * (
                Body(MoonToEarthMass, moonKm, moonLongitude, moonLatitude, sidereal, obliquity, phi)
                + Body(SunToEarthMass, sunKm, sunLongitude, 0.0, sidereal, obliquity, phi));
        }

        return new Series(start, step, values);
    }

    private static double Body(double massRatio, double km, double eclipticLongitude, double eclipticLatitude, double siderealDegrees, double obliquity, double phi)
    {
        double lambda = Radians(eclipticLongitude);
        double beta = Radians(eclipticLatitude);
        double alpha = Math.Atan2((Math.Sin(lambda) * Math.Cos(obliquity)) - (Math.Tan(beta) * Math.Sin(obliquity)), Math.Cos(lambda));
        double delta = Math.Asin((Math.Sin(beta) * Math.Cos(obliquity)) + (Math.Cos(beta) * Math.Sin(obliquity) * Math.Sin(lambda)));
        double hourAngle = Radians(siderealDegrees) - alpha;
        double ratio = EarthRadiusMetres / 1000.0 / km;
        double cosPhi = Math.Cos(phi);
        double cosDelta = Math.Cos(delta);
        double sinPhi = Math.Sin(phi);
        double sinDelta = Math.Sin(delta);
        double bracket = (cosPhi * cosPhi * cosDelta * cosDelta * Math.Cos(2 * hourAngle))
            + (Math.Sin(2 * phi) * Math.Sin(2 * delta) * Math.Cos(hourAngle))
            + (3 * ((sinPhi * sinPhi) - (1.0 / 3)) * ((sinDelta * sinDelta) - (1.0 / 3)));
        return massRatio * ratio * ratio * ratio * bracket;
    }

    /// <summary>Moon's ecliptic longitude and latitude (degrees) and distance (km), Meeus chapter 47 leading terms.</summary>
    private static (double Longitude, double Latitude, double Km) Moon(double t)
    {
        double meanLongitude = 218.3164477 + (481267.88123421 * t);
        double elongation = Radians(297.8501921 + (445267.1114034 * t));
        double sunAnomaly = Radians(357.5291092 + (35999.0502909 * t));
        double moonAnomaly = Radians(134.9633964 + (477198.8675055 * t));
        double argument = Radians(93.2720950 + (483202.0175233 * t));
        double longitude = meanLongitude
            + (6.288774 * Math.Sin(moonAnomaly))
            + (1.274027 * Math.Sin((2 * elongation) - moonAnomaly))
            + (0.658314 * Math.Sin(2 * elongation))
            + (0.213618 * Math.Sin(2 * moonAnomaly))
            - (0.185116 * Math.Sin(sunAnomaly))
            - (0.114332 * Math.Sin(2 * argument));
        double latitude = (5.128122 * Math.Sin(argument))
            + (0.280602 * Math.Sin(moonAnomaly + argument))
            + (0.277693 * Math.Sin(moonAnomaly - argument))
            + (0.173237 * Math.Sin((2 * elongation) - argument));
        double km = 385000.56
            - (20905.355 * Math.Cos(moonAnomaly))
            - (3699.111 * Math.Cos((2 * elongation) - moonAnomaly))
            - (2955.968 * Math.Cos(2 * elongation))
            - (569.925 * Math.Cos(2 * moonAnomaly));
        return (longitude, latitude, km);
    }

    /// <summary>Sun's ecliptic longitude (degrees) and distance (km), Meeus chapter 25 low precision.</summary>
    private static (double Longitude, double Km) Sun(double t)
    {
        double meanLongitude = 280.46646 + (36000.76983 * t);
        double anomaly = Radians(357.52911 + (35999.05029 * t));
        double center = ((1.914602 - (0.004817 * t)) * Math.Sin(anomaly)) + (0.019993 * Math.Sin(2 * anomaly));
        const double Eccentricity = 0.016708634;
        double trueAnomaly = anomaly + Radians(center);
        double au = 1.000001018 * (1 - (Eccentricity * Eccentricity)) / (1 + (Eccentricity * Math.Cos(trueAnomaly)));
        return (meanLongitude + center, au * AstronomicalUnitKm);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;
}
