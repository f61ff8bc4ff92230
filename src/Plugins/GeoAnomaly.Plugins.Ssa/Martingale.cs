namespace GeoAnomaly.Plugins.Ssa;

/// <summary>Betting functions of the exchangeability martingales and the alert threshold, as ML.NET defines them.</summary>
/// <remarks>
/// A martingale multiplies one bet per sample, <c>M = Π b(p)</c>, over the last <c>changeHistoryLength</c> p-values
/// (Fedorova, Gammerman, Nouretdinov and Vovk, "Plug-in martingales for testing exchangeability on-line", ICML 2012,
/// arXiv:1204.3251; ML.NET's <c>SequentialAnomalyDetectionTransformBase</c>). Everything here is in natural logarithms.
/// </remarks>
internal static class Martingale
{
    /// <summary>Smallest p-value used (ML.NET's <c>MinPValue</c>); smaller ones are raised to it.</summary>
    public const double MinPValue = 1e-8;

    /// <summary>Largest p-value used (ML.NET's <c>MaxPValue</c>).</summary>
    public const double MaxPValue = 1 - MinPValue;

    /// <summary>Natural log of the largest finite double: the martingale output saturates there.</summary>
    public const double MaxLog = 709.78;

    /// <summary>log of the power martingale's bet <c>ε p^(ε-1)</c>.</summary>
    public static double LogPowerBet(double p, double epsilon) => Math.Log(epsilon) + ((epsilon - 1) * Math.Log(p));

    /// <summary>log of the mixture martingale's bet <c>∫₀¹ ε p^(ε-1) dε = (p ln p + 1 - p) / (p ln² p)</c>.</summary>
    public static double LogMixtureBet(double p)
    {
        double logP = Math.Log(p);
        return Math.Log((p * logP) + 1 - p) - (2 * Math.Log(-logP)) - logP;
    }

    /// <summary>log of the bet on <paramref name="p"/> for <paramref name="type"/>; 0 (no bet) for <see cref="MartingaleType.None"/>.</summary>
    public static double LogBet(MartingaleType type, double p, double epsilon) => type switch
    {
        MartingaleType.Power => LogPowerBet(p, epsilon),
        MartingaleType.Mixture => LogMixtureBet(p),
        _ => 0,
    };

    /// <summary>
    /// log of the alert threshold: <c>H · log b(1 - confidence/100)</c>, the martingale after <c>H</c> bets each on a
    /// p-value of exactly <c>1 - confidence/100</c> (ML.NET's <c>SsaChangePointDetector</c> constructor);
    /// +∞ (never) for <see cref="MartingaleType.None"/>.
    /// </summary>
    public static double LogThreshold(MartingaleType type, double confidence, double epsilon, int history)
    {
        double p = 1 - (confidence / 100);
        return type switch
        {
            MartingaleType.Power => history * LogPowerBet(p, epsilon),
            MartingaleType.Mixture => history * LogMixtureBet(p),
            _ => double.PositiveInfinity,
        };
    }

    /// <summary>Two-sided p-value from an upper-tail one, kept in [<see cref="MinPValue"/>, <see cref="MaxPValue"/>].</summary>
    public static double TwoSided(double upperTail) =>
        Math.Clamp(Math.Min(upperTail, 1 - upperTail), MinPValue, MaxPValue);
}
