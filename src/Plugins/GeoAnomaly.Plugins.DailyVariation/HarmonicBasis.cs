namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>The regressors of the harmonic fit: a constant, optionally the time in days, and cos/sin of each harmonic of
/// the solar day at the sample's UTC time.</summary>
/// <remarks>
/// Order: <c>[1, t?, cos θ, sin θ, cos 2θ, sin 2θ, ...]</c> with θ = 2π·(UTC hours)/24, so harmonic k of coefficients
/// (a, b) is <c>a·cos kθ + b·sin kθ = A·cos(kθ - φ)</c>, A = √(a² + b²), φ = atan2(b, a): φ is the phase in degrees of
/// UTC time of the k-th harmonic (15k° per hour), as in Chapman and Bartels' harmonic analysis of Sq.
/// </remarks>
internal sealed class HarmonicBasis
{
    /// <summary>Creates the basis.</summary>
    /// <param name="harmonics">Harmonics of the solar day, 1 or more.</param>
    /// <param name="trend">Include the time regressor.</param>
    public HarmonicBasis(int harmonics, bool trend)
    {
        Harmonics = harmonics;
        Trend = trend;
        First = trend ? 2 : 1;
        Count = First + (2 * harmonics);
    }

    /// <summary>Harmonics of the solar day.</summary>
    public int Harmonics { get; }

    /// <summary>True when the basis holds the time regressor (index 1).</summary>
    public bool Trend { get; }

    /// <summary>Index of <c>cos θ</c>, the first harmonic regressor.</summary>
    public int First { get; }

    /// <summary>Number of regressors.</summary>
    public int Count { get; }

    /// <summary>Fills <paramref name="x"/> with the regressors at a time.</summary>
    /// <param name="x">Receives <see cref="Count"/> values.</param>
    /// <param name="angle">θ, radians of the solar day (<see cref="DayClock.UtcAngle"/>).</param>
    /// <param name="days">Time regressor, days (ignored without a trend).</param>
    public void Fill(Span<double> x, double angle, double days)
    {
        x[0] = 1;
        if (Trend)
        {
            x[1] = days;
        }

        var (s1, c1) = Math.SinCos(angle);
        double c = c1;
        double s = s1;
        int j = First;
        for (int k = 1; k <= Harmonics; k++)
        {
            x[j++] = c;
            x[j++] = s;
            double next = (c * c1) - (s * s1);
            s = (s * c1) + (c * s1);
            c = next;
        }
    }
}
