using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;
using Serilog;

namespace GeoAnomaly.Host.Jobs.Detect;

/// <summary>
/// Batch screening: per channel kind, runs the kind's detectors on its channels (in parallel across channels, every
/// plugin call through the guard), calibrates each detector's raw score on the channel, forms events with their kinds,
/// and runs the kind's ensembles over the calibrated scores.
/// </summary>
/// <remarks>
/// <para>A plugin fault on one channel is reported (plugin, component, channel) and every other channel and detector
/// goes on. A detector whose scores cannot be calibrated on a channel (too few valid reference scores) gets a warning
/// and no events there; an ensemble runs on the members that were calibrated, if enough of them were. The result is
/// deterministic: the same channels and plan give the same scores and events, in the same order, whatever the
/// scheduling.</para>
/// <para><b>Memory.</b> Channels are screened in chunks of <see cref="ChunkSize"/>; with a score sink each chunk's
/// per-sample scores go to the sink (in input order) and are dropped, so a run holds its input plus one chunk's
/// outputs, whatever the number of channels. Without a sink every score stays in <see cref="DetectResult.Scores"/>.</para>
/// </remarks>
internal sealed class DetectJob(PluginGuard guard, ChannelRunnerOptions runnerOptions, ILogger log)
{
    /// <summary>Channels screened before their scores are handed to the sink: a few per worker, so workers stay busy.</summary>
    public int ChunkSize { get; init; } = Math.Max(8, 4 * runnerOptions.MaxDegreeOfParallelism);

    /// <summary>Screens <paramref name="channels"/> according to <paramref name="plan"/>.</summary>
    /// <param name="plan">What to run per channel kind.</param>
    /// <param name="channels">The channels, each on its grid.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="progress">Told of each channel once screened (from worker threads), or null.</param>
    /// <param name="sink">Receives each channel's scores, in input order, as soon as its chunk is done; null keeps them all in the result.</param>
    public async Task<DetectResult> RunAsync(
        DetectPlan plan,
        IReadOnlyList<ChannelSeries> channels,
        CancellationToken cancellationToken,
        IProgress<ChannelInfo>? progress = null,
        IScoreSink? sink = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(channels);
        var runner = new ChannelRunner(guard, runnerOptions, log);
        var faults = new List<PluginFault>();
        var skipped = new List<ChannelInfo>();
        var events = new List<AnomalyEvent>();
        var warnings = new List<string>();
        var kept = new List<DetectorScores>();
        var calibrations = new List<DetectorCalibration>();
        foreach (var group in channels.GroupBy(c => c.Channel.Kind).OrderBy(g => g.Key))
        {
            var kindPlan = plan.For(group.Key);
            if (kindPlan is null || kindPlan.Detectors.Count == 0)
            {
                log.Warning("No detectors configured for {Kind} channels: {Count} channel(s) not screened", KindNames.Text(group.Key), group.Count());
                foreach (var channel in group)
                {
                    skipped.Add(channel.Channel);
                    progress?.Report(channel.Channel);
                }
            }
            else
            {
                log.Information("Screening {Count} {Kind} channel(s) with {Detectors} (section {Section})",
                    group.Count(), KindNames.Text(group.Key), string.Join(", ", kindPlan.Names), kindPlan.Section);
            }
        }

        for (int from = 0; from < channels.Count; from += ChunkSize)
        {
            var chunk = channels.Skip(from).Take(ChunkSize).ToList();
            var outcomes = new Outcome?[chunk.Count];
            foreach (var group in chunk.Select((channel, index) => (Channel: channel, Index: index)).GroupBy(c => c.Channel.Channel.Kind))
            {
                var kindPlan = plan.For(group.Key);
                if (kindPlan is null || kindPlan.Detectors.Count == 0)
                {
                    continue;
                }

                var members = group.ToList();
                var run = await runner.RunAsync(kindPlan.Detectors, [.. members.Select(m => m.Channel)], cancellationToken, progress).ConfigureAwait(false);
                faults.AddRange(run.Faults);
                int perChannel = kindPlan.Detectors.Count;
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = runnerOptions.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
                Parallel.For(0, members.Count, parallel, j =>
                    outcomes[members[j].Index] = Finish(members[j].Channel, kindPlan, run.Results.Skip(j * perChannel).Take(perChannel).ToList()));
            }

            foreach (var outcome in outcomes.OfType<Outcome>())
            {
                events.AddRange(outcome.Events);
                warnings.AddRange(outcome.Warnings);
                calibrations.AddRange(outcome.Scores.Where(s => s.Output is not null).Select(s => new DetectorCalibration(s.Channel, s.Detector, s.Calibration)));
                if (sink is null)
                {
                    kept.AddRange(outcome.Scores);
                }
                else if (outcome.Scores.Count > 0)
                {
                    await sink.WriteAsync(outcome.Scores, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        events = [.. events.OrderBy(e => e.Channel.ToString(), StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.Detector, StringComparer.Ordinal)];
        foreach (string warning in warnings)
        {
            log.Warning("{Warning}", warning);
        }

        log.Information("Detected {Events} event(s) on {Channels} channel(s): {Faults} plugin fault(s), {Warnings} warning(s), {Skipped} channel(s) not screened",
            events.Count, channels.Count - skipped.Count, faults.Count, warnings.Count, skipped.Count);
        return new DetectResult(channels, kept, events, faults, warnings, skipped) { Calibrations = calibrations };
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

        return new Outcome(scores, events, warnings);
    }

    private static Series Missing(Series like)
    {
        double[] values = new double[like.Count];
        Array.Fill(values, double.NaN);
        return new Series(like.Start, like.Step, values);
    }

    private sealed record Outcome(List<DetectorScores> Scores, List<AnomalyEvent> Events, List<string> Warnings);
}
