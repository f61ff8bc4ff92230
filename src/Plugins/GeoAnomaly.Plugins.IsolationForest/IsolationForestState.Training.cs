using GeoAnomaly.Plugins.IsolationForest.Forest;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.IsolationForest;

internal sealed partial class IsolationForestState
{
    private readonly double[] _training;
    private readonly bool[] _trainingValid;
    private readonly double[] _gathered;
    private int _trainingNext;
    private int _trainingValidCount;

    /// <summary>Puts the current vector (or a gap) into the ring of the last trainingWindowSize samples.</summary>
    private void AddToTrainingWindow(bool valid)
    {
        if (_trainingValid[_trainingNext])
        {
            _trainingValidCount--;
        }

        _trainingValid[_trainingNext] = valid;
        if (valid)
        {
            _current.CopyTo(_training.AsSpan(_trainingNext * _dimensions, _dimensions));
            _trainingValidCount++;
        }

        _trainingNext = _trainingNext + 1 == _trainingWindow ? 0 : _trainingNext + 1;
    }

    /// <summary>
    /// Fits the forest on the valid vectors of the training window, oldest first, with a seed drawn from the detector's
    /// seed and <paramref name="timeIndex"/>. A scheduled refit over a window less than half valid leaves the state
    /// without a forest (scores NaN) until the next fit, rather than keep a forest whose origin depends on history.
    /// </summary>
    private void Refit(long timeIndex, bool scheduled)
    {
        int rows = 0;
        for (int k = 0; k < _trainingWindow; k++)
        {
            int slot = (_trainingNext + k) % _trainingWindow;
            if (_trainingValid[slot])
            {
                _training.AsSpan(slot * _dimensions, _dimensions).CopyTo(_gathered.AsSpan(rows * _dimensions, _dimensions));
                rows++;
            }
        }

        if (rows < _minTrainingRows)
        {
            if (scheduled && _fitted)
            {
                _context.Log(PluginLogLevel.Debug, "isolation-forest: {Valid} of {Window} training vectors valid at time index {TimeIndex}; no forest until the window fills",
                    rows, _trainingWindow, timeIndex);
            }

            _fitted = false;
            return;
        }

        _forest.Fit(_gathered, rows, Xoshiro256StarStar.Combine(_seed, timeIndex));
        if (_contamination is double fraction)
        {
            var scores = _batchScores.AsSpan(0, rows);
            _forest.Score(_gathered, rows, scores);
            _threshold = ContaminationThreshold.FromTrainingScores(scores, fraction);
        }
        else
        {
            _threshold = ContaminationThreshold.Auto;
        }

        _fitted = true;
    }
}
