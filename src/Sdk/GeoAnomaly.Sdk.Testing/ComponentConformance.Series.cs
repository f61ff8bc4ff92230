namespace GeoAnomaly.Sdk.Testing;

public static partial class ComponentConformance
{
    /// <summary>NaN gaps (one sample, 50 samples, longer than the warm-up) raise nothing, give no infinities, and the
    /// primary output recovers (is finite somewhere) after the last gap plus the warm-up.</summary>
    /// <param name="factory">Creates a fresh component.</param>
    /// <param name="settings">How to exercise it.</param>
    public static void HandlesGaps(Func<IComponent> factory, ConformanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(settings);
        var probe = Begin(factory, settings, out var component);
        int warmUp = probe.WarmUp;
        int length = Math.Max(settings.Length, (warmUp * 8) + 200);
        var series = TestSignals.WithGaps(length, settings.Seed, settings.Step, Math.Max(warmUp + 10, 120));
        var output = Run(component, settings, series, nameof(HandlesGaps));
        NoInfinities(output, component.Info.Name, nameof(HandlesGaps));
        int recovered = TestSignals.LastGap(series.Values) + warmUp + 1;
        bool anyFinite = false;
        var primary = output.Primary;
        for (int i = recovered; i < primary.Length && !anyFinite; i++)
        {
            anyFinite = double.IsFinite(primary[i]);
        }

        Check(anyFinite, component.Info.Name, nameof(HandlesGaps),
            $"primary output '{output.Names[0]}' stays NaN after the last gap ended and {warmUp} warm-up samples passed");
    }

    /// <summary>A constant series raises nothing and gives a finite primary output after the warm-up (no 0/0).</summary>
    /// <param name="factory">Creates a fresh component.</param>
    /// <param name="settings">How to exercise it.</param>
    public static void HandlesConstantSeries(Func<IComponent> factory, ConformanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(settings);
        var probe = Begin(factory, settings, out var component);
        int length = Math.Max(1000, (probe.WarmUp * 3) + 10);
        double[] values = new double[length];
        Array.Fill(values, 5.0);
        var series = new Series(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), settings.Step, values);
        var output = Run(component, settings, series, nameof(HandlesConstantSeries));
        NoInfinities(output, component.Info.Name, nameof(HandlesConstantSeries));
        var primary = output.Primary;
        for (int i = probe.WarmUp; i < length; i++)
        {
            Check(double.IsFinite(primary[i]), component.Info.Name, nameof(HandlesConstantSeries),
                $"primary output is {primary[i]} at sample {i} of a constant series (warm-up {probe.WarmUp})");
        }
    }

    /// <summary>Series of 0, 1, 2 samples and one sample shorter than the warm-up raise nothing and give outputs of the right length.</summary>
    /// <param name="factory">Creates a fresh component.</param>
    /// <param name="settings">How to exercise it.</param>
    public static void HandlesShortSeries(Func<IComponent> factory, ConformanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(settings);
        var probe = Begin(factory, settings, out var component);
        foreach (int length in new[] { 0, 1, 2, Math.Max(0, probe.WarmUp - 1) }.Distinct())
        {
            var series = TestSignals.Signal(length, settings.Seed, settings.Step);
            var output = Run(component, settings, series, $"{nameof(HandlesShortSeries)} ({length} samples)");
            Check(output.Length == length, component.Info.Name, nameof(HandlesShortSeries), $"{output.Length} outputs for {length} samples");
            NoInfinities(output, component.Info.Name, nameof(HandlesShortSeries));
        }
    }

    /// <summary>A huge series (10 million samples by default) streams through in chunks without error or infinities.</summary>
    /// <param name="factory">Creates a fresh component.</param>
    /// <param name="settings">How to exercise it; <see cref="ConformanceSettings.HugeLength"/> sets the size.</param>
    public static void HandlesHugeSeries(Func<IComponent> factory, ConformanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(settings);
        var state = Begin(factory, settings, out var component);
        const int Chunk = 1 << 16;
        var day = TestSignals.Signal(Chunk * 4, settings.Seed, settings.Step);
        int outputs = state.Outputs.Count;
        int length = settings.HugeLength;
        if (component.Info.Mode == ProcessingMode.Retrospective)
        {
            var huge = new double[length];
            for (int i = 0; i < length; i++)
            {
                huge[i] = day[i % day.Count];
            }

            var output = Run(component, settings, new Series(day.Start, settings.Step, huge), nameof(HandlesHugeSeries));
            NoInfinities(output, component.Info.Name, nameof(HandlesHugeSeries));
            return;
        }

        double[] buffer = new double[outputs * Chunk];
        double[] companions = new double[settings.CompanionCount * Chunk];
        long from = 0;
        while (from < length)
        {
            int offset = (int)(from % day.Count);
            int n = (int)Math.Min(Math.Min(Chunk, length - from), day.Count - offset);
            var values = day.Values.Slice(offset, n);
            for (int k = 0; k < settings.CompanionCount; k++)
            {
                values.CopyTo(companions.AsSpan(k * n, n));
            }

            long at = from;
            Guard(component.Info.Name, nameof(HandlesHugeSeries), () =>
            {
                var block = new SampleBlock(day.Values.Slice(offset, n), day.TimeAt(at), settings.Step, companions.AsSpan(0, settings.CompanionCount * n), settings.CompanionCount);
                state.Process(block, buffer.AsSpan(0, outputs * n), CancellationToken.None);
            });
            foreach (double v in buffer.AsSpan(0, outputs * n))
            {
                Check(!double.IsInfinity(v), component.Info.Name, nameof(HandlesHugeSeries), $"infinite output near sample {from}");
            }

            from += n;
        }
    }

    private static IComponentState Begin(Func<IComponent> factory, ConformanceSettings settings, out IComponent component)
    {
        component = factory();
        var c = component;
        return Guard(c.Info.Name, "Start", () => c.Start(settings.Options ?? c.CreateDefaultOptions(), StartFor(settings)));
    }

    private static ComponentOutput Run(IComponent component, ConformanceSettings settings, Series series, string check)
    {
        var companions = Companions(settings, series);
        return Guard(component.Info.Name, check, () =>
        {
            var state = component.Start(settings.Options ?? component.CreateDefaultOptions(), StartFor(settings));
            return state.RunBatch(series, companions, mode: component.Info.Mode);
        });
    }

    private static List<Series> Companions(ConformanceSettings settings, Series series) =>
        Enumerable.Range(0, settings.CompanionCount)
            .Select(k =>
            {
                var signal = TestSignals.Signal(series.Count, settings.Seed + 1 + k, settings.Step);
                return new Series(series.Start, series.Step, signal.Values.ToArray());
            })
            .ToList();

    private static T Guard<T>(string component, string check, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (ConformanceFailedException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new ConformanceFailedException(component, check, $"threw {e.GetType().Name}: {e.Message}", e);
        }
    }

    private static void Guard(string component, string check, Action action) =>
        Guard(component, check, () =>
        {
            action();
            return 0;
        });

    private static void NoInfinities(ComponentOutput output, string component, string check)
    {
        for (int k = 0; k < output.Names.Count; k++)
        {
            var column = output.Column(k);
            for (int i = 0; i < column.Length; i++)
            {
                Check(!double.IsInfinity(column[i]), component, check, $"output '{output.Names[k]}' is infinite at sample {i}");
            }
        }
    }
}
