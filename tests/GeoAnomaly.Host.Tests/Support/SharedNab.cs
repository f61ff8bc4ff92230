using System.Collections.Concurrent;
using GeoAnomaly.Host.Evaluation.Nab;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>The NAB copy under <c>../shared/data/nab</c> (39 of its 58 series, its labels, profiles and published results), read once.</summary>
internal static class SharedNab
{
    private static readonly Lazy<NabCorpus> s_corpus = new(() => NabCorpus.Load(Root));
    private static readonly ConcurrentDictionary<(string Detector, string File), double[]> s_scores = new();

    /// <summary>The published detectors whose raw outputs and score tables the copy holds.</summary>
    public static readonly string[] Detectors = ["numenta", "twitterADVec", "windowedGaussian", "null"];

    /// <summary>The NAB folder; skips the test when the copy is absent.</summary>
    public static string Root => Path.GetDirectoryName(Path.GetDirectoryName(SharedData.File("nab/labels/combined_windows.json")))!;

    /// <summary>The corpus of the files present.</summary>
    public static NabCorpus Corpus
    {
        get
        {
            _ = Root; // skip before loading when the copy is absent
            return s_corpus.Value;
        }
    }

    /// <summary>The <c>results</c> folder.</summary>
    public static string Results => Path.Combine(Root, "results");

    /// <summary>A published detector's raw anomaly scores for <paramref name="file"/> (read once; do not modify).</summary>
    public static double[] Scores(string detector, NabFile file) =>
        s_scores.GetOrAdd((detector, file.Name), key => NabResultsCsv.ReadScores(NabResultsCsv.PathFor(Results, key.Detector, key.File), file));

    /// <summary>A published detector's score table under <paramref name="profile"/>.</summary>
    public static NabScoreTable Table(string detector, string profile) =>
        NabScoreTable.Read(Path.Combine(Results, detector, $"{detector}_{profile}_scores.csv"));
}
