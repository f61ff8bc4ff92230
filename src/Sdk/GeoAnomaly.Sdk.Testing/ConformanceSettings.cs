namespace GeoAnomaly.Sdk.Testing;

/// <summary>How the conformance suite exercises a component. Defaults suit a minute-sampled detector.</summary>
public sealed record ConformanceSettings
{
    /// <summary>Options to run with; the component's defaults when null.</summary>
    public object? Options { get; init; }

    /// <summary>Invalid options and the option name each must be reported under (for example <c>windowSize</c>).</summary>
    public IReadOnlyList<(object Options, string Option)> InvalidOptions { get; init; } = [];

    /// <summary>Samples of the huge-series check; default 10 million.</summary>
    public int HugeLength { get; init; } = 10_000_000;

    /// <summary>Samples of the ordinary test signal; default 20,000 or four warm-ups, whichever is longer.</summary>
    public int Length { get; init; } = 20_000;

    /// <summary>Sampling step of the test signals; default one minute.</summary>
    public TimeSpan Step { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Seed of the test signals and of the component's context.</summary>
    public int Seed { get; init; } = 20240101;

    /// <summary>Companion channels the component needs (each gets its own test signal).</summary>
    public int CompanionCount { get; init; }

    /// <summary>Relative tolerance when comparing a resumed state with the batch run after warm-up; default 1e-9.</summary>
    public double ResumeTolerance { get; init; } = 1e-9;
}
