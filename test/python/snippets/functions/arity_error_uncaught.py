def create_user(username, email, is_staff=False):
    return {'username': username, 'email': email}
create_user('ann')
