using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Tides;

/// <summary>Ready-made synthetic tides for the earth-tide tests.</summary>
internal static class TideCases
{
    /// <summary>Start of the synthetic records.</summary>
    public static readonly DateTimeOffset Start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A body-tide-like set in nstrain: amplitudes near the equilibrium ratios with station-specific departures and lags,
    /// and the two constituents a month cannot resolve (P1, K2) tied to their neighbours as equilibrium theory ties them
    /// (P1 = 0.3309 K1, K2 = 0.2721 S2, equal Greenwich lags): what inference assumes.
    /// </summary>
    public static IReadOnlyList<Wave> Equilibrium { get; } =
    [
        new("M2", 20.0, 40.0),
        new("S2", 9.1, 61.0),
        new("N2", 3.9, 28.0),
        new("K2", 9.1 * 0.030704 / 0.112841, 61.0),
        new("K1", 11.5, 121.0),
        new("O1", 8.4, 103.0),
        new("P1", 11.5 * 0.046843 / 0.141565, 121.0),
        new("Q1", 1.6, 97.0),
    ];

    /// <summary>The same size of tide with every constituent free: P1 and K2 away from the equilibrium ratio and lag
    /// (a span of half a year or more resolves them).</summary>
    public static IReadOnlyList<Wave> Independent { get; } =
    [
        new("M2", 20.0, 40.0),
        new("S2", 9.1, 61.0),
        new("N2", 3.9, 28.0),
        new("K2", 3.4, 25.0),
        new("K1", 11.5, 121.0),
        new("O1", 8.4, 103.0),
        new("P1", 4.6, 150.0),
        new("Q1", 1.6, 97.0),
    ];

    /// <summary>Minute samples of <paramref name="waves"/> with 1 nstrain white noise, 0.2 nstrain red noise (6 h), and gaps.</summary>
    /// <param name="days">Length in days.</param>
    /// <param name="waves">Constituents.</param>
    /// <param name="seed">Noise and gap seed.</param>
    /// <param name="step">Sampling step; one minute when omitted.</param>
    public static Series Noisy(int days, IReadOnlyList<Wave> waves, int seed, TimeSpan? step = null)
    {
        var dt = step ?? TimeSpan.FromMinutes(1);
        int length = (int)(TimeSpan.FromDays(days).Ticks / dt.Ticks);
        return TideSignals.Make(Start, dt, length, waves, white: 1.0, red: 0.2, seed, gaps: days);
    }
}
