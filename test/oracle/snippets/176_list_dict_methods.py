# The list and dict methods training code calls on configs and label lists run as in Python
import torch

config = {'eps': 0.1, 'classes': 4}
defaults = config.copy()
config.update({'eps': 0.2}, reduction='mean')
print(config.setdefault('ignore_index', -100), config.pop('reduction'), config.pop('missing', None))
print(list(config.keys()), defaults['eps'])

labels = [2, 0]
labels.insert(0, 1)
labels.insert(-10, 3)
kept = labels.copy()
labels.reverse()
print(labels, kept)

eps = config['eps']
targets = torch.full((len(kept), config['classes']), eps / config['classes'])
targets[torch.arange(len(kept)), torch.tensor(kept)] += 1 - eps
print(targets, targets.sum(dim=1))

scores = [0.3, 1, 0.1, 1.0]
print(sorted(scores), sorted(scores, reverse=True), scores.count(1), scores.index(0.1))
scores.sort()
scores.remove(1)
print(scores, sorted(['eps', 'K', 'alpha']))
