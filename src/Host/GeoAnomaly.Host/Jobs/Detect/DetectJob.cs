using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;
using Serilog;

namespace GeoAnomaly.Host.Jobs.Detect;

/// <summary>
/// Batch screening: per channel kind, runs the kind's preprocessing chain on its channels (each stage on the previous
/// stage's cleaned value), then the kind's detectors on the cleaned values (in parallel across channels, every plugin
/// call through the guard), calibrates each detector's raw score on the channel, forms events with their kinds, and
/// runs the kind's ensembles over the calibrated scores.
/// </summary>
/// <remarks>
/// <para>A plugin fault on one channel is reported (plugin, component, channel) and every other channel and detector
/// goes on; a channel whose chain fails at some stage is not screened (its detectors would see uncleaned data) and
/// gets a warning. A detector whose scores cannot be calibrated on a channel (too few valid reference scores) gets a
/// warning and no events there; an ensemble runs on the members that were calibrated, if enough of them were.
/// Companion channels (<see cref="ConfiguredComponent.Companions"/>) are looked up among all the run's channels, as
/// read (uncleaned). The result is deterministic: the same channels and plan give the same scores and events, in the
/// same order, whatever the scheduling.</para>
/// <para><b>Memory.</b> Channels are screened kind by kind in chunks of <see cref="ChunkSize"/>; with a sink each chunk's
/// cleaned series and per-sample scores go to the sink (kinds in order, channels in input order) and are dropped, so a run holds its input plus one
/// chunk's outputs, whatever the number of channels. Without a sink they stay in the result.</para>
/// </remarks>
internal sealed class DetectJob(PluginGuard guard, ChannelRunnerOptions runnerOptions, ILogger log)
{
    /// <summary>Channels (of one kind) screened before their results are handed to the sink: several per worker, so workers stay busy.</summary>
    public int ChunkSize { get; init; } = Math.Max(16, 8 * runnerOptions.MaxDegreeOfParallelism);

    /// <summary>Screens <paramref name="channels"/> according to <paramref name="plan"/>.</summary>
    /// <param name="plan">What to run per channel kind.</param>
    /// <param name="channels">The channels, each on its grid.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="progress">Told of each channel once screened (from worker threads), or null.</param>
    /// <param name="sink">Receives each channel's results (kinds in order, then input order) as soon as its chunk is done; null keeps them in the result.</param>
    public async Task<DetectResult> RunAsync(
        DetectPlan plan,
        IReadOnlyList<ChannelSeries> channels,
        CancellationToken cancellationToken,
        IProgress<ChannelInfo>? progress = null,
        IDetectSink? sink = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(channels);
        var run = new Run(new ChannelRunner(guard, runnerOptions, log), channels.GroupBy(c => c.Channel.Id).ToDictionary(g => g.Key, g => g.First()));
        foreach (var group in channels.GroupBy(c => c.Channel.Kind).OrderBy(g => g.Key))
        {
            var kindPlan = plan.For(group.Key);
            if (kindPlan is null || kindPlan.IsEmpty)
            {
                log.Warning("No detectors configured for {Kind} channels: {Count} channel(s) not screened", KindNames.Text(group.Key), group.Count());
                foreach (var channel in group)
                {
                    run.Skipped.Add(channel.Channel);
                    progress?.Report(channel.Channel);
                }
            }
            else
            {
                log.Information("Screening {Count} {Kind} channel(s) with {Chain}{Detectors} (section {Section})", group.Count(), KindNames.Text(group.Key),
                    kindPlan.Preprocessors.Count == 0 ? "" : string.Join(" -> ", kindPlan.Preprocessors.Select(p => p.Component.Name)) + " then ",
                    string.Join(", ", kindPlan.Names), kindPlan.Section);
            }
        }

        // Chunks are cut within each kind (kinds in order, channels in input order), so a chunk's channels share one
        // plan and all run in parallel.
        var work = channels.Select((channel, index) => (Channel: channel, Index: index))
            .Where(c => plan.For(c.Channel.Channel.Kind) is { IsEmpty: false })
            .GroupBy(c => c.Channel.Channel.Kind).OrderBy(g => g.Key)
            .SelectMany(g => g.Chunk(ChunkSize).Select(chunk => (Plan: plan.For(g.Key)!, Members: chunk.Select((c, i) => (c.Channel, i)).ToList())));
        foreach (var (kindPlan, members) in work)
        {
            var outcomes = new Outcome?[members.Count];
            await ScreenAsync(run, kindPlan, members, outcomes, progress, cancellationToken).ConfigureAwait(false);
            foreach (var outcome in outcomes.OfType<Outcome>())
            {
                run.Events.AddRange(outcome.Events);
                run.Warnings.AddRange(outcome.Warnings);
                run.Calibrations.AddRange(outcome.Scores.Where(s => s.Output is not null).Select(s => new DetectorCalibration(s.Channel, s.Detector, s.Calibration)));
                if (outcome.Clean is not null)
                {
                    run.Adjustments.AddRange(AdjustmentsOf(outcome.Clean));
                }

                if (sink is null)
                {
                    run.Scores.AddRange(outcome.Scores);
                    if (outcome.Clean is not null)
                    {
                        run.Cleaned.Add(outcome.Clean);
                    }
                }
                else if (outcome.Scores.Count > 0 || outcome.Clean is not null)
                {
                    await sink.WriteAsync(new ChannelOutcome(outcome.Channel, outcome.Clean, outcome.Scores), cancellationToken).ConfigureAwait(false);
                }
            }
        }

        var events = run.Events.OrderBy(e => e.Channel.ToString(), StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.Detector, StringComparer.Ordinal).ToList();
        foreach (string warning in run.Warnings)
        {
            log.Warning("{Warning}", warning);
        }

        log.Information("Detected {Events} event(s) on {Channels} channel(s): {Faults} plugin fault(s), {Warnings} warning(s), {Skipped} channel(s) not screened",
            events.Count, channels.Count - run.Skipped.Count, run.Faults.Count, run.Warnings.Count, run.Skipped.Count);
        return new DetectResult(channels, run.Scores, events, run.Faults, run.Warnings, run.Skipped)
        {
            Calibrations = run.Calibrations,
            Cleaned = run.Cleaned,
            Adjustments = run.Adjustments,
        };
    }

    /// <summary>Runs one kind's chain and detectors on some channels of a chunk, filling their outcomes.</summary>
    private async Task ScreenAsync(Run run, KindPlan plan, List<(ChannelSeries Channel, int Index)> members, Outcome?[] outcomes, IProgress<ChannelInfo>? progress, CancellationToken cancellationToken)
    {
        var current = members.Select(m => m.Channel).ToArray();
        var stages = members.Select(_ => new List<StageOutput>()).ToArray();
        var broken = new string?[members.Count];
        foreach (var stage in plan.Preprocessors)
        {
            var alive = Enumerable.Range(0, members.Count).Where(j => broken[j] is null).ToList();
            var ran = await run.Runner.RunAsync([stage], [.. alive.Select(j => current[j])], cancellationToken, null, run.Pool).ConfigureAwait(false);
            run.Faults.AddRange(ran.Faults);
            for (int a = 0; a < alive.Count; a++)
            {
                int j = alive[a];
                var result = ran.Results[a];
                if (result.Succeeded)
                {
                    stages[j].Add(new StageOutput(stage.Component.Name, result.Output!));
                    current[j] = current[j] with { Series = result.Output!.ToSeries(0) };
                }
                else
                {
                    broken[j] = $"channel {current[j].Channel.Id}: preprocessing stage {stage.Component.Name} failed; the channel is not screened";
                }
            }
        }

        var screenable = Enumerable.Range(0, members.Count).Where(j => broken[j] is null).ToList();
        var detectors = plan.Detectors.Count == 0 || screenable.Count == 0
            ? null
            : await run.Runner.RunAsync(plan.Detectors, [.. screenable.Select(j => current[j])], cancellationToken, progress, run.Pool).ConfigureAwait(false);
        if (detectors is not null)
        {
            run.Faults.AddRange(detectors.Faults);
        }

        int perChannel = plan.Detectors.Count;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = runnerOptions.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, members.Count, parallel, j =>
        {
            var clean = plan.Preprocessors.Count == 0 || broken[j] is not null ? null : new CleanedChannel(current[j], stages[j]);
            if (broken[j] is not null || detectors is null)
            {
                outcomes[members[j].Index] = new Outcome(members[j].Channel.Channel, clean, [], [], broken[j] is null ? [] : [broken[j]!]);
                return;
            }

            int s = screenable.IndexOf(j);
            var finished = Finish(current[j], plan, detectors.Results.Skip(s * perChannel).Take(perChannel).ToList());
            outcomes[members[j].Index] = finished with { Clean = clean };
        });

        if (detectors is null)
        {
            foreach (var (channel, _) in members)
            {
                progress?.Report(channel.Channel);
            }
        }
    }

    private static List<Adjustment> AdjustmentsOf(CleanedChannel clean)
    {
        var id = clean.Cleaned.Channel.Id;
        var found = new List<Adjustment>();
        foreach (var stage in clean.Stages)
        {
            var names = stage.Output.Names.ToList();
            foreach (string kind in Adjustment.Outputs)
            {
                int k = names.IndexOf(kind);
                if (k <= 0)
                {
                    continue;
                }

                var column = stage.Output.Column(k);
                for (int i = 0; i < column.Length; i++)
                {
                    if (!double.IsNaN(column[i]))
                    {
                        found.Add(new Adjustment(id, stage.Stage, clean.Cleaned.Series.TimeAt(i), kind, column[i]));
                    }
                }
            }
        }

        return found;
    }

    private static Outcome Finish(ChannelSeries channel, KindPlan plan, IReadOnlyList<ChannelResult> results)
    {
        var id = channel.Channel.Id;
        var scores = new List<DetectorScores>();
        var events = new List<AnomalyEvent>();
        var warnings = new List<string>();
        var calibrated = new Dictionary<string, Series>(StringComparer.OrdinalIgnoreCase);
        var warmUps = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var result in results.Where(r => r.Succeeded))
        {
            string name = result.Component.Name;
            var raw = result.Output!.ToSeries(0);
            var fit = ScoreCalibrator.Fit(raw, result.WarmUp, plan.Calibration);
            if (fit.Warning is not null)
            {
                warnings.Add($"channel {id}, detector {name}: {fit.Warning}");
            }

            var scored = fit.Calibration?.Apply(raw) ?? Missing(raw);
            scores.Add(new DetectorScores(channel.Channel, name, scored, result.Output, fit.Calibration));
            if (fit.Calibration is not null)
            {
                calibrated[name] = scored;
                warmUps[name] = result.WarmUp;
                events.AddRange(EventFormer.Form(id, name, scored, raw, channel.Series, plan.Events, result.WarmUp));
            }
        }

        foreach (var ensemble in plan.Ensembles)
        {
            var available = ensemble.Members.Where(calibrated.ContainsKey).ToList();
            if (available.Count < ensemble.Needed)
            {
                warnings.Add($"channel {id}, ensemble {ensemble.Name}: only {available.Count} of its members ({string.Join(", ", ensemble.Members)}) have calibrated scores, {ensemble.Description} needs {ensemble.Needed}; no ensemble here");
                continue;
            }

            if (available.Count < ensemble.Members.Count)
            {
                warnings.Add($"channel {id}, ensemble {ensemble.Name}: combines {string.Join(", ", available)} only ({ensemble.Members.Count - available.Count} member(s) failed or were not calibrated)");
            }

            var combined = EnsembleCombiner.Combine([.. available.Select(m => calibrated[m])], ensemble.Options);
            scores.Add(new DetectorScores(channel.Channel, ensemble.Name, combined, null, null));
            foreach (var e in EventFormer.Form(id, ensemble.Name, combined, null, channel.Series, plan.Events, available.Max(m => warmUps[m])))
            {
                events.Add(e with
                {
                    Details = new Dictionary<string, string>(e.Details) { ["ensemble"] = ensemble.Description, ["members"] = string.Join(",", available) },
                });
            }
        }

        return new Outcome(channel.Channel, null, scores, events, warnings);
    }

    private static Series Missing(Series like)
    {
        double[] values = new double[like.Count];
        Array.Fill(values, double.NaN);
        return new Series(like.Start, like.Step, values);
    }

    private sealed record Outcome(ChannelInfo Channel, CleanedChannel? Clean, List<DetectorScores> Scores, List<AnomalyEvent> Events, List<string> Warnings);

    /// <summary>What a run gathers as it goes.</summary>
    private sealed record Run(ChannelRunner Runner, IReadOnlyDictionary<ChannelId, ChannelSeries> Pool)
    {
        public List<PluginFault> Faults { get; } = [];

        public List<ChannelInfo> Skipped { get; } = [];

        public List<AnomalyEvent> Events { get; } = [];

        public List<string> Warnings { get; } = [];

        public List<DetectorScores> Scores { get; } = [];

        public List<DetectorCalibration> Calibrations { get; } = [];

        public List<CleanedChannel> Cleaned { get; } = [];

        public List<Adjustment> Adjustments { get; } = [];
    }
}
