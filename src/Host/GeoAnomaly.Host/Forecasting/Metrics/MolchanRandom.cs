namespace GeoAnomaly.Host.Forecasting.Metrics;

/// <summary>A closed interval [Lower, Upper].</summary>
/// <param name="Lower">Lower end.</param>
/// <param name="Upper">Upper end.</param>
internal readonly record struct Interval(double Lower, double Upper)
{
    /// <summary>True when <paramref name="value"/> lies in [Lower, Upper].</summary>
    /// <param name="value">The value.</param>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}

/// <summary>What a random (unskilled) alarm forecast does on a Molchan diagram with N target events.</summary>
/// <remarks>
/// <para>Zechar &amp; Jordan (2008): alarms that cover a fraction τ of space-time at random (τ measured the same way
/// as the trajectory's, so in the reference-weighted diagram "random" means "as good as the reference") miss each
/// event with probability 1 − τ, so the misses are Binomial(N, 1 − τ) and ν = misses/N.</para>
/// <para>Their ASS of a random forecast has mean ½ and variance 1/(12N); for N of about 10 or more it is close to
/// normal, which is the approximation used for <see cref="AreaSkillInterval"/> and <see cref="AreaSkillPValue"/>.</para>
/// </remarks>
internal static class MolchanRandom
{
    /// <summary>The two-sided (1 − α) band of ν at alarm fraction τ: the α/2 and 1 − α/2 quantiles of Binomial(N, 1 − τ)/N.</summary>
    /// <param name="events">N, the number of target events (positive rows), &gt; 0.</param>
    /// <param name="tau">Alarm fraction τ in [0, 1].</param>
    /// <param name="alpha">α in (0, 1), such as 0.05.</param>
    /// <exception cref="ArgumentOutOfRangeException">N ≤ 0, τ outside [0, 1], or α outside (0, 1).</exception>
    public static Interval MissRateBand(int events, double tau, double alpha)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(events);
        CheckAlpha(alpha);
        if (!(tau >= 0 && tau <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(tau), tau, "τ must be in [0, 1]");
        }

        double missProbability = 1 - tau;
        return new Interval(
            (double)Distributions.BinomialQuantile(alpha / 2, events, missProbability) / events,
            (double)Distributions.BinomialQuantile(1 - (alpha / 2), events, missProbability) / events);
    }

    /// <summary>Standard deviation √(1/(12N)) of the ASS of a random forecast.</summary>
    /// <param name="events">N &gt; 0.</param>
    public static double AreaSkillStandardDeviation(int events)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(events);
        return Math.Sqrt(1.0 / (12.0 * events));
    }

    /// <summary>The two-sided (1 − α) interval of the ASS of a random forecast: ½ ± z₁₋α/₂ √(1/(12N)).</summary>
    /// <param name="events">N &gt; 0.</param>
    /// <param name="alpha">α in (0, 1).</param>
    public static Interval AreaSkillInterval(int events, double alpha)
    {
        CheckAlpha(alpha);
        double half = Distributions.NormalQuantile(1 - (alpha / 2)) * AreaSkillStandardDeviation(events);
        return new Interval(0.5 - half, 0.5 + half);
    }

    /// <summary>One-sided p-value P(ASS_random ≥ <paramref name="observed"/>) = 1 − Φ((ASS − ½)/√(1/(12N))).</summary>
    /// <param name="observed">The observed ASS.</param>
    /// <param name="events">N &gt; 0.</param>
    public static double AreaSkillPValue(double observed, int events) =>
        Distributions.NormalCdf(-(observed - 0.5) / AreaSkillStandardDeviation(events));

    private static void CheckAlpha(double alpha)
    {
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "α must be in (0, 1)");
        }
    }
}
