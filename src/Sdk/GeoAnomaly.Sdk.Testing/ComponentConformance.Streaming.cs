namespace GeoAnomaly.Sdk.Testing;

public static partial class ComponentConformance
{
    /// <summary>Two fresh states with the same seed give bitwise identical outputs (NaN equals NaN).</summary>
    /// <param name="factory">Creates a fresh component.</param>
    /// <param name="settings">How to exercise it.</param>
    public static void IsDeterministic(Func<IComponent> factory, ConformanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(settings);
        var series = TestSignals.WithGaps(settings.Length, settings.Seed, settings.Step, 100);
        var first = Run(factory(), settings, series, nameof(IsDeterministic));
        var component = factory();
        var second = Run(component, settings, series, nameof(IsDeterministic));
        SameOutputs(first, second, 0, 0, component.Info.Name, nameof(IsDeterministic), "a second run with the same seed");
    }

    /// <summary>
    /// For causal components: feeding the series in uneven chunks (1, 2, 3, 7, 100, 1,000 samples...) equals one batch
    /// run bitwise, and a state started <see cref="IComponentState.WarmUp"/> samples before the middle agrees with the
    /// batch run from the middle on (within <see cref="ConformanceSettings.ResumeTolerance"/>).
    /// </summary>
    /// <param name="factory">Creates a fresh component.</param>
    /// <param name="settings">How to exercise it.</param>
    public static void StreamingEqualsBatch(Func<IComponent> factory, ConformanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(settings);
        var state = Begin(factory, settings, out var component);
        if (component.Info.Mode == ProcessingMode.Retrospective)
        {
            return;
        }

        string name = component.Info.Name;
        int warmUp = state.WarmUp;
        int length = Math.Max(settings.Length, (warmUp * 4) + 100);
        var series = TestSignals.WithGaps(length, settings.Seed, settings.Step, 100);
        var companions = Companions(settings, series);
        var batch = Run(component, settings, series, nameof(StreamingEqualsBatch));

        int[] pattern = [1, 2, 3, 7, 100, 1000, 4096, 13];
        var chunked = Guard(name, nameof(StreamingEqualsBatch), () => RunChunked(state, series, companions, 0, pattern));
        SameOutputs(batch, chunked, 0, 0, name, nameof(StreamingEqualsBatch), "chunked streaming");

        int resumeAt = length / 2;
        var resumed = Guard(name, nameof(StreamingEqualsBatch), () =>
        {
            var fresh = factory().Start(settings.Options ?? component.CreateDefaultOptions(), StartFor(settings));
            return RunChunked(fresh, series, companions, resumeAt - warmUp, [997]);
        });
        SameOutputs(batch, resumed, resumeAt, settings.ResumeTolerance, name, nameof(StreamingEqualsBatch),
            $"a state resumed {warmUp} warm-up samples before sample {resumeAt}");
    }

    /// <summary>After <see cref="IComponentState.Reset"/>, a used state gives the same outputs as a fresh one.</summary>
    /// <param name="factory">Creates a fresh component.</param>
    /// <param name="settings">How to exercise it.</param>
    public static void ResetRestarts(Func<IComponent> factory, ConformanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(settings);
        var state = Begin(factory, settings, out var component);
        var series = TestSignals.WithGaps(settings.Length, settings.Seed, settings.Step, 100);
        var other = TestSignals.Signal(settings.Length / 3, settings.Seed + 99, settings.Step);
        var companions = Companions(settings, series);
        var fresh = Run(component, settings, series, nameof(ResetRestarts));
        var reused = Guard(component.Info.Name, nameof(ResetRestarts), () =>
        {
            state.RunBatch(other, Companions(settings, other), mode: component.Info.Mode);
            state.Reset();
            return state.RunBatch(series, companions, mode: component.Info.Mode);
        });
        SameOutputs(fresh, reused, 0, 0, component.Info.Name, nameof(ResetRestarts), "a reset state");
    }

    private static ComponentOutput RunChunked(IComponentState state, Series series, List<Series> companions, int from, int[] pattern)
    {
        int outputs = state.Outputs.Count;
        int n = series.Count;
        double[] result = new double[outputs * n];
        Array.Fill(result, double.NaN);
        from = Math.Max(0, from);
        int p = 0;
        while (from < n)
        {
            int length = Math.Min(pattern[p++ % pattern.Length], n - from);
            double[] companionValues = new double[companions.Count * length];
            for (int k = 0; k < companions.Count; k++)
            {
                companions[k].Values.Slice(from, length).CopyTo(companionValues.AsSpan(k * length, length));
            }

            double[] output = new double[outputs * length];
            state.Process(new SampleBlock(series.Values.Slice(from, length), series.TimeAt(from), series.Step, companionValues, companions.Count), output, CancellationToken.None);
            for (int k = 0; k < outputs; k++)
            {
                output.AsSpan(k * length, length).CopyTo(result.AsSpan((k * n) + from, length));
            }

            from += length;
        }

        return new ComponentOutput(state.Outputs, series.Start, series.Step, n, result);
    }

    private static void SameOutputs(ComponentOutput expected, ComponentOutput actual, int from, double tolerance, string component, string check, string what)
    {
        Check(expected.Names.SequenceEqual(actual.Names), component, check, $"{what} has outputs [{string.Join(", ", actual.Names)}], the batch run [{string.Join(", ", expected.Names)}]");
        for (int k = 0; k < expected.Names.Count; k++)
        {
            var e = expected.Column(k);
            var a = actual.Column(k);
            for (int i = from; i < e.Length; i++)
            {
                bool same = e[i].Equals(a[i])
                    || (tolerance > 0 && Math.Abs(e[i] - a[i]) <= tolerance * Math.Max(1.0, Math.Max(Math.Abs(e[i]), Math.Abs(a[i]))));
                Check(same, component, check, $"{what} gives {expected.Names[k]} = {a[i]} at sample {i}, the batch run {e[i]}");
            }
        }
    }
}
