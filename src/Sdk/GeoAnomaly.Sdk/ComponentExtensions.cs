namespace GeoAnomaly.Sdk;

/// <summary>Batch conveniences over the online contract: batch is the online path run to the end.</summary>
public static class ComponentExtensions
{
    /// <summary>Default number of samples handed to <see cref="IComponentState.Process"/> at a time in batch runs.</summary>
    public const int DefaultChunkSize = 65536;

    /// <summary>Feeds <paramref name="series"/> through <paramref name="state"/> from its current position and returns every output.</summary>
    /// <param name="state">A state, usually just started.</param>
    /// <param name="series">The samples.</param>
    /// <param name="companions">Companion series on the same grid (same start, step and count), or null.</param>
    /// <param name="cancellationToken">Stops the run between chunks and inside them.</param>
    /// <param name="chunkSize">Samples per call for causal states; a retrospective state always gets one call.</param>
    /// <param name="mode">Causal feeds chunks; retrospective feeds the whole series at once.</param>
    public static ComponentOutput RunBatch(
        this IComponentState state,
        Series series,
        IReadOnlyList<Series>? companions = null,
        int chunkSize = DefaultChunkSize,
        ProcessingMode mode = ProcessingMode.Causal,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        companions ??= [];
        foreach (var companion in companions)
        {
            if (companion.Count != series.Count || companion.Start != series.Start || companion.Step != series.Step)
            {
                throw new ArgumentException("companion series must share the channel's start, step and length", nameof(companions));
            }
        }

        int n = series.Count;
        int outputs = state.Outputs.Count;
        double[] result = new double[outputs * n];
        if (mode == ProcessingMode.Retrospective)
        {
            chunkSize = Math.Max(n, 1);
        }

        double[] companionBuffer = new double[companions.Count * Math.Min(chunkSize, Math.Max(n, 1))];
        double[] outputBuffer = new double[outputs * Math.Min(chunkSize, Math.Max(n, 1))];
        for (int from = 0; from < n; from += chunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int length = Math.Min(chunkSize, n - from);
            for (int k = 0; k < companions.Count; k++)
            {
                companions[k].Values.Slice(from, length).CopyTo(companionBuffer.AsSpan(k * length, length));
            }

            var block = new SampleBlock(
                series.Values.Slice(from, length),
                series.TimeAt(from),
                series.Step,
                companionBuffer.AsSpan(0, companions.Count * length),
                companions.Count);
            var output = outputBuffer.AsSpan(0, outputs * length);
            state.Process(block, output, cancellationToken);
            for (int k = 0; k < outputs; k++)
            {
                output.Slice(k * length, length).CopyTo(result.AsSpan((k * n) + from, length));
            }
        }

        return new ComponentOutput(state.Outputs, series.Start, series.Step, n, result);
    }

    /// <summary>Starts <paramref name="component"/> on <paramref name="series"/> and runs it to the end.</summary>
    /// <param name="component">The component.</param>
    /// <param name="series">The samples.</param>
    /// <param name="options">Options; defaults when null.</param>
    /// <param name="start">Channel and context; a test channel when null.</param>
    /// <param name="companions">Companion series, or null.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static ComponentOutput Run(
        this IComponent component,
        Series series,
        object? options = null,
        ComponentStart? start = null,
        IReadOnlyList<Series>? companions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(series);
        start ??= ComponentStart.ForTesting(series.Step);
        var state = component.Start(options ?? component.CreateDefaultOptions(), start);
        return state.RunBatch(series, companions, mode: component.Info.Mode, cancellationToken: cancellationToken);
    }
}
