using System.IO.Compression;
using System.Text.Json;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Forecasting;

/// <summary>A trained forecast model with everything needed to forecast the same way later: the component and its
/// options, the feature names, the imputation medians, the calibration and the training period.</summary>
/// <param name="Model">Component name.</param>
/// <param name="Options">The component's options, as JSON.</param>
/// <param name="FeatureSet">Which features.</param>
/// <param name="Features">Feature names, in the order the predictor expects.</param>
/// <param name="Medians">Imputation value per feature.</param>
/// <param name="Calibration">Score-to-probability map.</param>
/// <param name="Predictor">The component's trained predictor.</param>
/// <param name="HorizonDays">The label horizon it forecasts.</param>
/// <param name="Period">What it was trained on.</param>
internal sealed record TrainedForecast(
    string Model,
    JsonElement Options,
    FeatureSet FeatureSet,
    IReadOnlyList<string> Features,
    IReadOnlyList<double> Medians,
    ScoreCalibration Calibration,
    IForecastPredictor Predictor,
    int HorizonDays,
    TrainingPeriod Period)
{
    private const string Format = "geoanomaly-forecast-model";
    private const int Version = 1;

    /// <summary>The predictor's uncalibrated scores for dataset rows.</summary>
    /// <param name="dataset">A dataset holding every feature in <see cref="Features"/> (any order).</param>
    /// <param name="rows">Which rows.</param>
    /// <exception cref="ForecastException">A feature is missing from the dataset.</exception>
    public double[] RawScores(ForecastDataset dataset, IReadOnlyList<int> rows) => Predict(Inputs(dataset, rows));

    /// <summary>The predictor's input for dataset rows: its features, in its order, missing values imputed with the training medians.</summary>
    /// <param name="dataset">A dataset holding every feature in <see cref="Features"/> (any order).</param>
    /// <param name="rows">Which rows.</param>
    /// <exception cref="ForecastException">A feature is missing from the dataset.</exception>
    public ForecastRows Inputs(ForecastDataset dataset, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(rows);
        int[] indices = [.. Features.Select(name => IndexOf(dataset, name))];
        return new ForecastRows(Features, MedianImputer.Fill(dataset.Matrix(rows, indices), Medians));
    }

    /// <summary>The predictor's uncalibrated scores for prepared input rows (see <see cref="Inputs"/>).</summary>
    /// <param name="rows">Rows of <see cref="Features"/>, no missing value.</param>
    public double[] Predict(ForecastRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        double[] scores = new double[rows.Count];
        if (rows.Count > 0)
        {
            Predictor.Predict(rows, scores);
        }

        return scores;
    }

    /// <summary>Calibrated probabilities for dataset rows.</summary>
    /// <param name="dataset">A dataset holding every feature in <see cref="Features"/>.</param>
    /// <param name="rows">Which rows.</param>
    public double[] Probabilities(ForecastDataset dataset, IReadOnlyList<int> rows) =>
        [.. RawScores(dataset, rows).Select(Calibration.Apply)];

    /// <summary>Writes the model file: a zip with <c>manifest.json</c> and the predictor's own bytes (<c>predictor.bin</c>).</summary>
    /// <param name="path">The file; replaced only once complete.</param>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string temporary = path + ".partial";
        using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            using (var manifest = zip.CreateEntry("manifest.json").Open())
            {
                JsonSerializer.Serialize(manifest, new Manifest(Format, Version, Model, Options, FeatureSets.Text(FeatureSet), [.. Features], [.. Medians], Calibration, HorizonDays, Period), s_json);
            }

            using var predictor = zip.CreateEntry("predictor.bin").Open();
            Predictor.Save(predictor);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a model file written by <see cref="Save"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="findModel">Finds the component by name (throws naming the unknown name).</param>
    /// <param name="context">Seed and logging for the component.</param>
    /// <exception cref="ForecastException">Not a model file, or another format version.</exception>
    public static TrainedForecast Load(string path, Func<string, IForecastModel> findModel, IPluginContext context)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(findModel);
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var manifestEntry = zip.GetEntry("manifest.json") ?? throw new ForecastException($"{path}: not a GeoAnomaly model file (no manifest.json)");
            Manifest manifest;
            using (var stream = manifestEntry.Open())
            {
                manifest = JsonSerializer.Deserialize<Manifest>(stream, s_json) ?? throw new ForecastException($"{path}: empty manifest");
            }

            if (manifest.Format != Format || manifest.Version != Version)
            {
                throw new ForecastException($"{path}: format '{manifest.Format}' version {manifest.Version}; this build reads '{Format}' version {Version}");
            }

            var model = findModel(manifest.Model);
            var predictorEntry = zip.GetEntry("predictor.bin") ?? throw new ForecastException($"{path}: no predictor.bin");
            using var bytes = new MemoryStream();
            using (var stream = predictorEntry.Open())
            {
                stream.CopyTo(bytes);
            }

            bytes.Position = 0;
            var predictor = model.Load(bytes, context);
            var set = Enum.GetValues<FeatureSet>().First(s => FeatureSets.Text(s) == manifest.FeatureSet);
            return new TrainedForecast(manifest.Model, manifest.Options, set, manifest.Features, manifest.Medians, manifest.Calibration, predictor, manifest.HorizonDays, manifest.Period);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or IOException && e is not FileNotFoundException)
        {
            throw new ForecastException($"{path}: not a readable GeoAnomaly model file: {e.Message}", e);
        }
    }

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static int IndexOf(ForecastDataset dataset, string name)
    {
        for (int j = 0; j < dataset.Features.Count; j++)
        {
            if (string.Equals(dataset.Features[j], name, StringComparison.Ordinal))
            {
                return j;
            }
        }

        throw new ForecastException($"{dataset.Source}: the model needs feature '{name}', which the dataset does not have");
    }

    private sealed record Manifest(string Format, int Version, string Model, JsonElement Options, string FeatureSet, string[] Features, double[] Medians, ScoreCalibration Calibration, int HorizonDays, TrainingPeriod Period);
}
