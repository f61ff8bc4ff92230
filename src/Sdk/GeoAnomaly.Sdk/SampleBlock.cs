namespace GeoAnomaly.Sdk;

/// <summary>
/// A run of consecutive samples handed to <see cref="IComponentState.Process"/>: the channel's values, the time of
/// the first sample, the step, and the same samples of any companion channels (for example barometric pressure).
/// </summary>
/// <remarks>Companion values are laid out one channel after another: companion <c>k</c> is
/// <c>companions[(k * Length)..((k + 1) * Length)]</c>.</remarks>
public readonly ref struct SampleBlock
{
    private readonly ReadOnlySpan<double> _companions;

    /// <summary>Creates a block without companion channels.</summary>
    /// <param name="values">The channel's samples, NaN where missing.</param>
    /// <param name="start">Time of the first sample (UTC).</param>
    /// <param name="step">Sampling interval.</param>
    public SampleBlock(ReadOnlySpan<double> values, DateTimeOffset start, TimeSpan step)
        : this(values, start, step, [], 0)
    {
    }

    /// <summary>Creates a block with companion channels.</summary>
    /// <param name="values">The channel's samples, NaN where missing.</param>
    /// <param name="start">Time of the first sample (UTC).</param>
    /// <param name="step">Sampling interval.</param>
    /// <param name="companions">Companion samples, channel after channel, each <paramref name="values"/>.Length long.</param>
    /// <param name="companionCount">Number of companion channels.</param>
    /// <exception cref="ArgumentException">The companion span does not hold <paramref name="companionCount"/> channels.</exception>
    public SampleBlock(ReadOnlySpan<double> values, DateTimeOffset start, TimeSpan step, ReadOnlySpan<double> companions, int companionCount)
    {
        if (companionCount < 0 || companions.Length != companionCount * values.Length)
        {
            throw new ArgumentException(
                $"companion span holds {companions.Length} values, expected {companionCount} x {values.Length}", nameof(companions));
        }

        Values = values;
        Start = start;
        Step = step;
        _companions = companions;
        CompanionCount = companionCount;
    }

    /// <summary>The channel's samples, NaN where missing.</summary>
    public ReadOnlySpan<double> Values { get; }

    /// <summary>Time of the first sample (UTC).</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Sampling interval.</summary>
    public TimeSpan Step { get; }

    /// <summary>Number of samples.</summary>
    public int Length => Values.Length;

    /// <summary>Number of companion channels.</summary>
    public int CompanionCount { get; }

    /// <summary>Time of sample <paramref name="index"/> of this block.</summary>
    /// <param name="index">Index within the block.</param>
    public DateTimeOffset TimeAt(int index) => Start + TimeSpan.FromTicks(Step.Ticks * index);

    /// <summary>Samples of companion channel <paramref name="index"/>, aligned with <see cref="Values"/>.</summary>
    /// <param name="index">Zero-based companion index, in the order the host was configured with.</param>
    public ReadOnlySpan<double> Companion(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, CompanionCount);
        return _companions.Slice(index * Length, Length);
    }
}
